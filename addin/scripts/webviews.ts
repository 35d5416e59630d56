/**
 * What the bundles may use, from Microsoft's "Browsers and webview controls used by Office
 * Add-ins". The manifest asks for the SharedRuntime requirement set and has a <Runtimes>
 * element, so the add-in never runs in Internet Explorer (Trident) or Edge Legacy (EdgeHTML):
 * - Windows (Microsoft 365, Office 2021 and later): WebView2, an evergreen Chromium;
 * - Mac: Safari's WKWebView, the WebKit of the macOS version; Safari 14.1 (macOS 11 Big Sur) is the
 *   oldest we build for (esbuild cannot lower destructuring for Safari 14.0);
 * - Excel on the web: the user's current Edge, Chrome, Firefox or Safari.
 */
export const BROWSER_TARGET = ['chrome100', 'edge100', 'firefox100', 'safari14.1'];

/**
 * Library calls that esbuild does not rewrite for an older target (it lowers syntax only) and
 * that Safari 14.1 does not have, each with the Safari version that added it. A bundle that uses
 * one throws in those webviews (as Object.hasOwn did in STATUS and ONTRACK before Safari 15.4).
 */
const TOO_NEW: ReadonlyArray<readonly [pattern: RegExp, what: string]> = [
  [/\bObject\.hasOwn\(/, 'Object.hasOwn (ES2022, Safari 15.4)'],
  [/\.at\(-?\w/, 'Array/String.prototype.at (ES2022, Safari 15.4)'],
  [/\bstructuredClone\(/, 'structuredClone (Safari 15.4)'],
  [/\.findLast(?:Index)?\(/, 'Array.prototype.findLast (ES2023, Safari 15.4)'],
  [/\.to(?:Sorted|Reversed|Spliced)\(/, 'Array.prototype.toSorted/toReversed/toSpliced (ES2023, Safari 16)'],
  [/\b(?:Object|Map)\.groupBy\(/, 'Object.groupBy / Map.groupBy (ES2024, Safari 17.4)'],
  [/\bPromise\.withResolvers\(/, 'Promise.withResolvers (ES2024, Safari 17.4)'],
  [/\bArray\.fromAsync\(/, 'Array.fromAsync (Safari 16.4)'],
  [/\.(?:isWellFormed|toWellFormed)\(/, 'String.prototype.isWellFormed (ES2024, Safari 16.4)'],
  [
    /\.(?:union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/,
    'Set methods (ES2025, Safari 17)',
  ],
];

/** The library calls of `code` that some webview of Office lacks; empty when there is none. */
export function tooNewCalls(code: string): string[] {
  return TOO_NEW.filter(([pattern]) => pattern.test(code)).map(([, what]) => what);
}
