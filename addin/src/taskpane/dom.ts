/** The few DOM helpers the task pane is built with (no framework: the pane must stay small). */

/** An element with its properties and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
}

/** Replaces the options of a select. */
export function options(select: HTMLSelectElement, items: ReadonlyArray<{ value: string; label: string }>): void {
  select.replaceChildren(...items.map((item) => element('option', { value: item.value, textContent: item.label })));
}

/** A labelled control: the label's text above it. */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return element('label', {}, [element('span', { textContent: label }), control]);
}
