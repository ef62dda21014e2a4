import { ReactFlowProvider } from '@xyflow/react';
import { LayoutTemplate, Network, Plus, Table2, Workflow } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@xyflow/react/dist/style.css';
import './funnel.css';
import type { Handoff, Stage } from '../../../shared/domain/funnel';
import { useShownWhenIdle } from '../../ui/use-shown-when-idle';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { addStageCommands } from './add-stage';
import { AssumptionsForm } from './AssumptionsForm';
import { layoutFunnel } from './auto-layout';
import { FunnelCanvas } from './FunnelCanvas';
import { ChartImageButtons } from './ImageButtons';
import { FunnelChart, funnelChartLabels } from './FunnelChart';
import { FunnelResults } from './FunnelResults';
import { FunnelTable } from './FunnelTable';
import { HandoffForm } from './HandoffForm';
import { ScenariosPanel } from './ScenariosPanel';
import type { FunnelSelection } from './selection';
import { StageForm } from './StageForm';
import { TemplateDialog } from './TemplateDialog';
import { useFunnel, useFunnelAnalysis, usePlanNumberFormats, useStageNames } from './use-funnel';

type View = 'map' | 'table';

/** The selected stage or handoff to edit, or a hint at how to select one. */
function SelectionPanel({
  stage,
  handoff,
}: {
  stage: Stage | undefined;
  handoff: Handoff | undefined;
}) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const selectedHandoff = stage ? null : (handoff?.id ?? null);
  useEffect(() => {
    // On a 720 px projector the panel can sit below the map: a handoff picked to change its
    // rate brings its form into view (only when out of view). A stage is selected by
    // dragging it too, and the page must not move under a drag, so stages do not scroll.
    if (selectedHandoff) panel.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedHandoff]);
  if (stage || handoff) {
    return (
      <div ref={panel}>
        {stage && <StageForm key={stage.id} stage={stage} />}
        {handoff && !stage && <HandoffForm key={handoff.id} handoff={handoff} />}
      </div>
    );
  }
  return (
    <section className="panel-form" aria-labelledby="selection-heading">
      <h3 id="selection-heading">{t('funnel.selection.heading')}</h3>
      <p className="selection-hint">{t('funnel.selection.hint')}</p>
    </section>
  );
}

/** The funnel: map or table, the selected element's form, the math, the chart and scenarios. */
export function FunnelSection() {
  const { t } = useTranslation();
  const funnel = useFunnel();
  const analysis = useFunnelAnalysis();
  const formats = usePlanNumberFormats();
  const names = useStageNames();
  const dispatch = usePlanDispatch();
  const [view, setView] = useState<View>('map');
  const chartCard = useRef<HTMLElement>(null);
  const [selection, setSelection] = useState<FunnelSelection>(null);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  // The chart and the scenarios sit under the map, out of a projector's view: the map opens
  // first, and they are built in the page's first idle moment after it (with 300 stages
  // they are a fifth of the screen's elements).
  const lowerShown = useShownWhenIdle();

  const selectedStage =
    selection?.kind === 'stage' ? funnel.stages.find((s) => s.id === selection.id) : undefined;
  const selectedHandoff =
    selection?.kind === 'handoff' ? funnel.handoffs.find((h) => h.id === selection.id) : undefined;

  /** Adds a stage in one undoable step, where a funnel needs it (add-stage.ts). */
  const addStage = () => dispatch(addStageCommands(funnel, t('funnel.newStageName')));

  const chartLabels = useMemo(() => funnelChartLabels(t), [t]);

  return (
    <div className="funnel-section">
      <div className="section-toolbar" role="toolbar" aria-label={t('funnel.toolbar')}>
        <h2>{t('funnel.title')}</h2>
        <div className="segmented" role="group" aria-label={t('funnel.views')}>
          <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
            <Workflow aria-hidden size={18} />
            {t('funnel.mapView')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            <Table2 aria-hidden size={18} />
            {t('funnel.tableView')}
          </button>
        </div>
        <button type="button" className="btn" onClick={addStage}>
          <Plus aria-hidden size={18} />
          {t('funnel.addStage')}
        </button>
        {view === 'map' && (
          <button
            type="button"
            className="btn"
            disabled={funnel.stages.length === 0}
            onClick={() =>
              dispatch([{ type: 'funnel.stages.move', positions: layoutFunnel(funnel) }])
            }
          >
            <Network aria-hidden size={18} />
            {t('funnel.autoLayout')}
          </button>
        )}
        <button type="button" className="btn" onClick={() => setTemplatesOpen(true)}>
          <LayoutTemplate aria-hidden size={18} />
          {t('funnel.templates.open')}
        </button>
      </div>

      <div className="funnel-body">
        <div className="funnel-main">
          {funnel.stages.length === 0 ? (
            <div className="empty-state">
              <h3>{t('funnel.emptyTitle')}</h3>
              <p>{t('funnel.emptyBody')}</p>
              <div className="row-buttons">
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => setTemplatesOpen(true)}
                >
                  {t('funnel.templates.open')}
                </button>
                <button type="button" className="btn" onClick={addStage}>
                  {t('funnel.addStage')}
                </button>
              </div>
            </div>
          ) : view === 'map' ? (
            <>
              <ReactFlowProvider>
                <FunnelCanvas
                  funnel={funnel}
                  analysis={analysis}
                  formats={formats}
                  onSelect={setSelection}
                />
              </ReactFlowProvider>
              <p className="muted canvas-help">{t('funnel.canvasHelp')}</p>
            </>
          ) : (
            <FunnelTable funnel={funnel} analysis={analysis} formats={formats} />
          )}
        </div>
        <aside className="funnel-side" aria-label={t('funnel.sidePanel')}>
          {view === 'map' && funnel.stages.length > 0 && (
            <SelectionPanel stage={selectedStage} handoff={selectedHandoff} />
          )}
          <AssumptionsForm assumptions={funnel.assumptions} />
          <FunnelResults analysis={analysis} formats={formats} />
        </aside>
      </div>

      {lowerShown && analysis.rows.length > 0 && (
        <div className="funnel-lower">
          <section className="card" aria-labelledby="funnel-chart-heading" ref={chartCard}>
            <div className="card-header">
              <h3 id="funnel-chart-heading">{t('funnel.chart.title')}</h3>
              <ChartImageButtons
                chart={() => chartCard.current?.querySelector('svg.funnel-chart') ?? null}
              />
            </div>
            <FunnelChart
              rows={analysis.rows}
              names={names}
              formats={formats}
              labels={chartLabels}
            />
          </section>
          <ScenariosPanel funnel={funnel} formats={formats} />
        </div>
      )}
      <TemplateDialog open={templatesOpen} onOpenChange={setTemplatesOpen} />
    </div>
  );
}
