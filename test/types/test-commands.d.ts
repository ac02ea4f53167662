// @web/test-runner-visual-regression's own index.d.ts does not export visualDiff.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Element, name: string): Promise<void>;
}
