/** The service counter's bar and idle warning's words in English (the keys of counter.zh-CN.ts): part of the English catalog, en.ts. */
import type { CounterMessages } from './counter.zh-CN.ts';

export const counterEn = {
  counter: {
    badge: 'Service counter',
    nextPerson: 'Next person',
    confirmHeading: 'Serve the next person?',
    confirmText: 'This resident’s answers were not saved under a name; continuing deletes them from this computer for good. To keep them, cancel and name the draft on the Drafts page first.',
    confirm: 'Delete and serve the next person',
    cancel: 'Cancel',
    done: 'Everything of the previous person was cleared; ready for the next person.',
    idleHeading: 'No activity for a while',
    idleText: (s: number) => `To protect residents’ information, all answers will be cleared in ${s} seconds.`,
    idleKeep: 'Keep working',
    idleHint: 'Press any key or tap the screen to continue.',
  },
} satisfies CounterMessages;
