/**
 * Names that end a photo credit ("Saul Loeb/AFP via Getty Images"): picture agencies and the
 * wire services' photo desks. A credit names who took the picture, not who wrote the article.
 */
export const PHOTO_AGENCIES: readonly string[] = [
  'Getty Images',
  'via Getty Images',
  'AFP',
  'AP',
  'AP Photo',
  'EPA',
  'EPA-EFE',
  'Reuters',
  'Pool',
  'Bloomberg',
  'Shutterstock',
  'Alamy',
  'Panos Pictures',
  'Yonhap',
  'KCNA',
  'UPI',
  'Sipa',
  'dpa',
];
