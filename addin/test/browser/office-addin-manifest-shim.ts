// office-addin-mock imports office-addin-manifest (a Node package) only for this enum; the
// browser bundle of the mock uses this copy of it instead.
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
