// Types for the <un-document> custom element (`undoc/element`).

import type { Document } from './undoc.js';

export declare class UnDocumentElement extends HTMLElement {
  static observedAttributes: string[];
  /** Registers the element as `tag` (default "un-document"); a no-op when the name is taken. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof UnDocumentElement;
  /** Settles when the current load ends: resolves once interactive, rejects with the error. */
  readonly ready: Promise<UnDocumentElement>;
  /** The Document shown (the README's JSON contract); null before it is ready, and for a
   *  pre-rendered document (`undoc render --element`), which is woken up without the parser. */
  readonly document: Document | null;
  /** The source text shown; assigning a string replaces the element's text and drops `src`. */
  text: string | null;
  /** Selects exactly these signatories (ISO 3166 alpha-3 codes). */
  selectSignatories(codes: Iterable<string>): void;
  /** Opens note `n` (1-based); false when there is no such note. */
  openNote(n: number): boolean;
}

export interface UnDocumentEventMap {
  'undoc-signatorychange': CustomEvent<{ selected: string[] }>;
  'undoc-noteopen': CustomEvent<{ number: number; kind: 'generated' | 'original' | 'editorial'; text: string }>;
  'undoc-noteclose': CustomEvent<{ number: number }>;
}

/** An editorial note, as in the `notes` attribute's JSON array. */
export interface EditorialNote {
  /** Text in the document the note attaches to. */
  anchor: string;
  /** Which occurrence of `anchor` (1-based; default 1). */
  occurrence?: number;
  text: string;
  links?: { href: string; label: string }[];
}

declare global {
  interface HTMLElementTagNameMap {
    'un-document': UnDocumentElement;
  }
  interface HTMLElementEventMap extends UnDocumentEventMap {}
}
