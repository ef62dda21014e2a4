import type { TemplateSummary } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/domain/errors';
import type { TeamTemplateSummary } from '../../../shared/sync/protocol';
import type { TemplateService } from '../template-service';
import { teamRefusal, type SyncClient } from './sync-client';
import type { TeamConnection } from './team-types';

type Channel = { client: SyncClient; server: string; role: TeamConnection['role'] } | null;

/**
 * Own templates shared with the team through its server, and the team's taken into this
 * library: a template from the team becomes this consultant's own copy, to use offline.
 */
export class TeamTemplates {
  constructor(
    private readonly channel: () => Channel,
    private readonly templates: TemplateService,
  ) {}

  async share(templateId: string): Promise<void> {
    const { client, server, role } = this.reach();
    if (role === 'viewer') {
      throw new DomainError('CONFLICT', 'a viewer cannot share templates', {
        code: 'teamServer.viewer',
      });
    }
    const template = this.templates.get(templateId);
    await client.shareTemplate(template).catch((error: unknown) => {
      throw teamRefusal(error, server);
    });
  }

  async list(): Promise<TeamTemplateSummary[]> {
    const { client, server } = this.reach();
    const answer = await client.teamTemplates().catch((error: unknown) => {
      throw teamRefusal(error, server);
    });
    return answer.templates;
  }

  async take(id: string): Promise<TemplateSummary> {
    const { client, server } = this.reach();
    const { template } = await client.teamTemplate(id).catch((error: unknown) => {
      throw teamRefusal(error, server);
    });
    return this.templates.keep(template);
  }

  private reach(): NonNullable<Channel> {
    const channel = this.channel();
    if (!channel) {
      throw new DomainError('CONFLICT', 'this computer is not in a team', {
        code: 'teamServer.notConnected',
      });
    }
    return channel;
  }
}
