/** The words of a result's explanation (src/ui/results/Explanation.tsx, ConditionNode.tsx, ReportWrong.tsx), in Chinese: in
 * the explanation's chunk, loaded when a resident first opens one (issue 14). The rest of the catalog is zh-CN.ts. */

export const explanationZh = {
  fullTextShow: '显示全文',
  fullTextHide: '收起全文',
  stillToAnswer: '还需回答：',
  conditionsHeading: '条件',
  breakdownHeading: '金额计算',
  itemSourcesHeading: '政策依据',
  markTrue: '满足',
  markUnknown: '尚不确定',
  markMoot: '无需确认：结果已由其他条件确定',
  noteLabel: '说明：',
  stackingHeading: '与其他事项的关系',
  stackingRule: {
    'not-combinable': (names: string) => `不能与${names}同时享受`,
    unverified: (names: string) => `与${names}能否同时享受未能核实，合计时只计金额较高者`,
    combinable: (names: string) => `可以与${names}同时享受`,
    'shared-limit': (names: string) => `与${names}共用一个限额`,
  },
  reportWrong: '这个结果不对？保存为案例文件',
};

/** The part's shape: the English catalog (en.ts) has the same keys. */
export type ExplanationMessages = typeof explanationZh;
