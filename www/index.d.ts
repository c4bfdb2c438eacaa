// The library's types: the parser module's (undoc.d.ts, generated from the Rust structs), the
// interaction module's (widget.d.ts, generated), and what index.js adds.
import type { Document, RenderOptions, InitInput, InitOutput } from './undoc.js';
import type { InitInput as WidgetInitInput, WidgetOptions } from './widget.js';

export * from './undoc.js';
export { hydrate, initSync as initWidgetSync } from './widget.js';
export type { Handle, Insert, WidgetData, WidgetOptions } from './widget.js';

export type MountOptions = RenderOptions & WidgetOptions;

/** A document mounted by `mount`. */
export interface Mounted {
  selectSignatories(codes: string[]): void;
  openNote(n: number): boolean;
  closeNote(): void;
  selected(): string[];
  openNoteNumber(): number | undefined;
  rendered(): Promise<void>;
  /** The Document shown, as `parse` returns it. */
  document(): Document;
  unmount(): void;
  free(): void;
}

type ModuleInit = { module_or_path: InitInput | Promise<InitInput> };

/** Loads both modules. */
export default function init(options?: {
  core?: ModuleInit;
  widget?: { module_or_path: WidgetInitInput | Promise<WidgetInitInput> };
}): Promise<InitOutput>;

/** Loads the interaction module only (what `hydrate` needs). */
export function initWidget(options?: {
  module_or_path: WidgetInitInput | Promise<WidgetInitInput>;
}): Promise<unknown>;

/** Parses `text`, renders it into `container` and makes it interactive (after `init()`). */
export function mount(container: Element, text: string, options?: MountOptions): Mounted;
