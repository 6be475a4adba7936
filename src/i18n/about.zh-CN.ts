/** The words of the About page (src/ui/about/AboutRules.tsx), in Chinese: in the page's chunk, loaded when it is first
 * opened (issue 14). The rest of the catalog is zh-CN.ts. */

export const aboutZh = {
  backToCalculator: '← 返回计算器',
  aboutHeading: '关于这些规则',
  aboutIntro: (n: number) =>
    `本计算器收录《杭州市人民政府关于推进高质量就业工作的意见》及实施办法中的 ${n} 个事项。政策原文大多未公开，每个条件和数字都注明来源与可信度；未能从公开来源取得的金额显示为“由经办部门核定”，已知上限一并列出。本页内容全部由规则数据生成。`,
  aboutVersion: '规则版本',
  aboutHash: '校验码',
  aboutInForce: '政策施行日期',
  aboutDocuments: '依据文件',
  aboutConfidenceHeading: '可信度说明',
  aboutItemsCount: (n: number) => `${n} 个事项`,
  aboutAmountsHeading: '金额的已知程度',
  amountShape: {
    formula: '有计算公式',
    'formula+notStated': '部分情形由经办部门核定',
    notStated: '由经办部门核定',
    'notStated+cap': '由经办部门核定，已知上限',
    none: '资格认定，不涉及金额',
  },
  aboutItemsHeading: '全部事项',
  partNames: {
    1: '（一）坚持经济发展就业导向',
    2: '（二）强化创业带动作用',
    3: '（三）完善重点群体就业支持体系',
    4: '（四）提升劳动者技能素质',
    5: '（五）推进人力资源市场建设，健全公共就业服务体系',
    6: '（六）实施更加有力的保障措施',
    7: '（七）附则',
  } as Record<number, string>,
  applicantNames: { person: '个人', organisation: '单位', both: '个人和单位' },
  applicantLabel: '申请人：',
  amountKindLabel: '金额：',
  amountSourcesLabel: '金额来源：',
  aboutParametersHeading: '政策参数',
  paramFrom: '起始日期',
  paramWhere: '适用地区',
  paramEverywhere: '全市',
  paramValue: (unit: string) => `数值（${unit}）`,
  paramUnknownValue: '未知（以当地公布为准）',
  paramConfidence: '可信度',
  paramSources: '来源',
  aboutSourcesHeading: '来源清单',
  aboutSourcesShow: (n: number) => (n > 0 ? `查看全部 ${n} 份来源` : '查看全部来源'),
  aboutSourcesLoading: '正在载入来源清单，请稍候……',
};

/** The part's shape: the English catalog (en.ts) has the same keys. */
export type AboutMessages = typeof aboutZh;
