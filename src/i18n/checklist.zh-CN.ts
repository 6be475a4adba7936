/** The words of the printable checklist (src/ui/checklist/), in Chinese: in the page's chunk, loaded when it is first
 * opened (issue 14). The link to it (checklistOpen) is in zh-CN.ts with the rest of the catalog. */

export const checklistZh = {
  checklistBack: '← 返回结果',
  checklistHeading: '打印申请清单',
  checklistHint: '勾选要去办理的事项，然后点“打印”。在打印窗口中选择“另存为 PDF”，可以保存为文件。',
  checklistChoose: '列入清单的事项',
  checklistNone: '还没有可以申请或还需确认的事项。请先回答问题。',
  checklistPrint: '打印',
  sheetTitle: '就业创业补贴申请清单',
  sheetMeta: (asOf: string, version: string, hash: string) => `按 ${asOf} 有效的政策计算 · 规则版本 ${version} · 校验码 ${hash}`,
  sheetDisclaimer: '本清单由计算器根据申请人的回答生成，仅供参考，以经办部门核定为准。',
  sheetEmpty: '没有选择任何事项。',
  sheetItemsHeading: (n: number) => `申请事项（${n} 项）`,
  sheetNeedsInfo: '（还需确认）',
  sheetChannels: '办理渠道：',
  sheetWindowUnknown: '申请时间未能核实，请向经办机构确认。',
  sheetMaterials: '所需材料：',
  sheetMaterialsUnknown: '材料清单未能核实，请向经办机构确认。',
  /** The amount's own confidence after the item's, when they differ ("推算、金额依据：官方现行文件"). */
  sheetAmountConfidence: (words: string) => `、金额依据：${words}`,
  sheetOpen: '还需向经办部门确认：',
  sheetDocsHeading: '需要携带的材料',
  sheetDocsCheck: '核对',
  sheetDocsName: '材料',
  sheetDocsCount: '用于事项',
  sheetDocsCountCell: (n: number, numbers: string) => `${n} 项（第 ${numbers} 项）`,
  sheetDocsNone: '所选事项的材料清单均未能核实，请向经办机构确认。',
  sheetAnswersHeading: '计算依据的回答',
  sheetNotesHeading: '可信度说明',
  sheetNotesAllOfficial: '所列事项的条件和金额均来自现行官方文件。',
  sheetNoteItems: (numbers: string) => `（事项 ${numbers}）`,
  sheetStamp: '经办窗口盖章',
  sheetStampHandler: '经办人签字：',
  sheetStampDate: '日期：',
  sheetStampRemarks: '备注：',
  sheetShareCaption: '用手机扫描，在手机上查看同样的结果和清单（回答只在二维码里，不经过任何服务器）。',
};

/** The part's shape: the English catalog (en.ts) has the same keys. */
export type ChecklistMessages = typeof checklistZh;
