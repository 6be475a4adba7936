/** The words of the service counter's bar and idle warning (src/ui/shell/CounterBar.tsx, IdleWarning.tsx), in Chinese:
 * loaded with them, only at a counter (issue 14). The rest of the catalog is zh-CN.ts. */

export const counterZh = {
  counter: {
    badge: '柜台模式',
    nextPerson: '下一位',
    confirmHeading: '为下一位服务？',
    confirmText: '这位居民的回答没有命名保存，继续后将从这台电脑上全部删除，无法恢复。如需保留，请先取消，在“草稿”中为它命名。',
    confirm: '删除并接待下一位',
    cancel: '取消',
    done: '已清除上一位的全部信息，可以接待下一位。',
    idleHeading: '长时间没有操作',
    idleText: (s: number) => `为保护居民信息，${s} 秒后将清除本次的全部回答。`,
    idleKeep: '继续使用',
    idleHint: '按任意键或点击屏幕即可继续。',
  },
};

/** The part's shape: the English catalog (en.ts) has the same keys. */
export type CounterMessages = typeof counterZh;
