/**
 * Elements built from data, never from markup strings: text goes in as text nodes, so a
 * name or comment from another company cannot become markup. Attributes are set one by
 * one; `style` is never set (the console's policy allows only its own style sheets).
 */

/** What an element may hold. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attribute values; `false` and `undefined` leave the attribute out, `true` sets it empty. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** `h('a', { href }, 'text')`: an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends children to `parent`, flattening lists and skipping empty ones. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
    else if (child instanceof Node) parent.appendChild(child);
    else append(parent, child);
  }
}

/** Calls `listener` on click of `element` and returns the element, for building in one expression. */
export function onClick<E extends HTMLElement>(element: E, listener: (event: MouseEvent) => void): E {
  element.addEventListener('click', listener);
  return element;
}

/** Replaces the children of `parent`, skipping empty ones. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
