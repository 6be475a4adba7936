/** The words of the drafts page (src/ui/drafts/), in Chinese: in the page's chunk, loaded when it is first opened
 * (issue 14). The header's link to it (draftsLink) is in zh-CN.ts with the rest of the catalog. */

export const draftsZh = {
  drafts: {
    heading: '草稿',
    intro: '回答会自动保存在这台设备的浏览器里，下次打开时从上次的地方继续。窗口同时为多人服务时，可以为每个人新建一份草稿。',
    none: '这台设备上还没有保存的草稿。开始回答后会自动保存。',
    untitled: (time: string) => `未命名草稿（${time}创建）`,
    currentBadge: '正在使用',
    meta: (time: string, n: number) => `更新于 ${time} · 已回答 ${n} 题`,
    newDraft: '新建草稿',
    open: '打开',
    rename: '重命名',
    nameLabel: '草稿名称',
    save: '保存',
    cancel: '取消',
    duplicate: '复制',
    copyName: (name: string) => `${name} 副本`,
    exportFile: '导出',
    actionsFor: (name: string) => `草稿“${name}”`,
    remove: '删除',
    removeConfirm: (name: string) => `确定删除“${name}”吗？删除后无法恢复。`,
    confirmRemove: '确定删除',
    removed: (name: string) => `已删除“${name}”。`,
    renamed: (name: string) => `已改名为“${name}”。`,
    duplicated: (name: string) => `已复制为“${name}”。`,
    exported: (file: string) => `已导出为文件 ${file}。`,
    importLabel: '导入草稿文件',
    importHint: '选择之前导出的 .json 文件。导入的草稿另存一份，不会覆盖已有的草稿。',
    imported: (name: string) => `已导入并打开“${name}”。`,
    importedV1: '这是旧版的回答文件，请在计算器里重新选择谁来申请。',
    importRefused: {
      'not-json': '无法导入：这个文件不是有效的 JSON 文件，可能已损坏。',
      'not-ours': '无法导入：这个文件不是本计算器导出的草稿。',
      'too-new': '无法导入：这个文件来自更新版本的计算器，请先更新本页面。',
      invalid: '无法导入：文件内容不完整或有错误。',
      unreadable: '无法导入：读取文件失败。',
      stale: '无法导入：本计算器已在另一个标签页更新到新版本，请先刷新页面。',
    } as Record<string, string>,
    refusedDetail: '详细原因：',
    nothingChanged: '没有导入任何内容，已有的草稿保持不变。',
    clearHeading: '清除本机全部数据',
    clearText: '删除这台设备上保存的全部草稿和显示设置（所有打开的标签页同时清除）。在公共电脑或窗口电脑上结束服务时使用。',
    clearAll: '清除本机全部数据',
    clearConfirm: '将删除这台设备上的全部草稿和设置，无法恢复。确定吗？',
    confirmClear: '确定清除',
    cleared: '已清除这台设备上的全部数据。',
    backToCalculator: '← 返回计算器',
  },
};

/** The part's shape: the English catalog (en.ts) has the same keys. */
export type DraftsMessages = typeof draftsZh;
