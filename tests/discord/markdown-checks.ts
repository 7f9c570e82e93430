/** Whether every ``` fence is closed: Discord closes a block at any ```, so the count must be even. */
export function balancedFences(markdown: string): boolean {
  return (markdown.match(/```/g) ?? []).length % 2 === 0;
}

/** Whether unescaped `**` markers are paired. */
export function balancedBold(markdown: string): boolean {
  return (markdown.match(/(?<!\\)\*\*/g) ?? []).length % 2 === 0;
}
