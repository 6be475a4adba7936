/** An opened explanation's words in English (the keys of explanation.zh-CN.ts): part of the English catalog, en.ts. */
import type { ExplanationMessages } from './explanation.zh-CN.ts';

export const explanationEn = {
  fullTextShow: 'Show full text',
  fullTextHide: 'Show less',
  stillToAnswer: 'Still to answer:',
  conditionsHeading: 'Conditions',
  breakdownHeading: 'How the amount is worked out',
  itemSourcesHeading: 'Policy sources',
  markTrue: 'met',
  markUnknown: 'not yet known',
  markMoot: 'not needed: the result is settled without it',
  noteLabel: 'Note: ',
  stackingHeading: 'How it combines with other items',
  stackingRule: {
    'not-combinable': (names: string) => `Cannot be combined with ${names}`,
    unverified: (names: string) => `Whether it can be combined with ${names} is unverified; totals count only the larger`,
    combinable: (names: string) => `Can be combined with ${names}`,
    'shared-limit': (names: string) => `Shares one limit with ${names}`,
  },
  reportWrong: 'This result looks wrong? Save it as a case file',
} satisfies ExplanationMessages;
