import { findById, hasId, indexById, removeById, removeWhere } from './draft-edits';
import type { Draft } from 'immer';
import type { ActualsSection, ReviewMeeting } from './actuals';
import type { Command } from './commands';
import { missing } from './errors';
import { definedOnly } from './patch';

type ActualsCommand = Extract<Command, { type: `actuals.${string}` }>;

export function isActualsCommand(command: Command): command is ActualsCommand {
  return command.type.startsWith('actuals.');
}

export function mutateActuals(actuals: Draft<ActualsSection>, command: ActualsCommand): void {
  switch (command.type) {
    case 'actuals.import.add': {
      for (const id of command.replaces) {
        if (!hasId(actuals.imports, id)) throw missing('actualsImport', id);
      }
      const replaced = new Set(command.replaces);
      removeWhere(actuals.imports, (entry) => replaced.has(entry.id));
      actuals.imports.push(command.import);
      actuals.imports.sort((a, b) => a.firstMonth.localeCompare(b.firstMonth));
      return;
    }
    case 'actuals.import.remove':
      if (!hasId(actuals.imports, command.importId)) {
        throw missing('actualsImport', command.importId);
      }
      removeById(actuals.imports, command.importId);
      return;
    case 'actuals.profile.save': {
      const index = indexById(actuals.profiles, command.profile.id);
      if (index >= 0) actuals.profiles[index] = command.profile;
      else actuals.profiles.push(command.profile);
      return;
    }
    case 'actuals.review.add':
      actuals.reviews.push(command.review);
      actuals.reviews.sort((a, b) => a.date.localeCompare(b.date));
      return;
    case 'actuals.review.set':
      Object.assign(reviewOf(actuals, command.reviewId), definedOnly(command.patch));
      actuals.reviews.sort((a, b) => a.date.localeCompare(b.date));
      return;
    case 'actuals.review.feedback.count': {
      const review = reviewOf(actuals, command.reviewId);
      review.typedFeedback ??= { accepted: 0, rejected: {} };
      if (command.outcome === 'accepted') review.typedFeedback.accepted = command.count;
      else review.typedFeedback.rejected[command.outcome] = command.count;
      return;
    }
    case 'actuals.review.remove':
      reviewOf(actuals, command.reviewId);
      removeById(actuals.reviews, command.reviewId);
      return;
    case 'actuals.review.decision.add':
      reviewOf(actuals, command.reviewId).decisions.push(command.decision);
      return;
    case 'actuals.review.decision.remove': {
      const review = reviewOf(actuals, command.reviewId);
      if (!hasId(review.decisions, command.decisionId)) {
        throw missing('decision', command.decisionId);
      }
      removeById(review.decisions, command.decisionId);
      return;
    }
    case 'actuals.review.action.add':
      reviewOf(actuals, command.reviewId).actions.push(command.action);
      return;
    case 'actuals.review.action.update': {
      const action = reviewOf(actuals, command.reviewId).actions.find(
        (a) => a.id === command.actionId,
      );
      if (!action) throw missing('action', command.actionId);
      Object.assign(action, definedOnly(command.patch));
      return;
    }
    case 'actuals.review.action.remove': {
      const review = reviewOf(actuals, command.reviewId);
      if (!hasId(review.actions, command.actionId)) {
        throw missing('action', command.actionId);
      }
      removeById(review.actions, command.actionId);
      return;
    }
  }
}

function reviewOf(actuals: Draft<ActualsSection>, reviewId: string): Draft<ReviewMeeting> {
  const review = findById(actuals.reviews, reviewId);
  if (!review) throw missing('review', reviewId);
  return review;
}
