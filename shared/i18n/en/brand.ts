/** The consultant's brand on the documents they hand clients. */
export const brand = {
  open: 'Your brand',
  title: 'Your brand',
  description:
    'Your name, logo and colour on the PDF’s cover and page header and in the presenter view. Nothing else in the report changes.',
  name: 'Name shown as “Prepared by”',
  logo: 'Logo',
  noLogo: 'No logo yet.',
  logoPreview: 'Your logo, as it will be printed',
  chooseLogo: 'Choose logo…',
  removeLogo: 'Remove logo',
  logoHelp: 'PNG or SVG, up to 512 KB. An SVG must be a plain drawing: no scripts, no links.',
  accent: 'Accent colour',
  accentHelp: 'As #RRGGBB, for example #0F766E. Leave empty for the app’s blue.',
  accentInvalid: 'Write the colour as # and six hexadecimal digits, for example #0F766E.',
  accentReads: 'This colour reads well on white.',
  accentAdjusted:
    'On white this colour would be hard to read, so {{color}}, a darker shade of it, is used.',
  clientLogo: 'Client’s logo',
  clientLogoOf: 'Logo of {{client}}',
  theClient: 'the client',
  noClientLogo: 'No client logo: the cover shows the client’s name.',
  chooseClientLogo: 'Choose client logo…',
  removeClientLogo: 'Remove client logo',
  save: 'Save brand',
  saved: 'Brand saved. The next PDF carries it.',
};
