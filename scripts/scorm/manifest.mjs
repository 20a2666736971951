/**
 * imsmanifest.xml for a SCORM 1.2 package (IMS Content Packaging 1.1.2 with
 * ADL's 1.2 extensions): one organization, one item per module, each item a
 * SCO launched by its module's launch page, with the mastery score. Every
 * other file of the package is listed in one shared asset resource that each
 * SCO depends on, so every file is listed exactly once.
 */
import { MASTERY_SCORE } from '../../src/lib/scorm-catalogue.ts';

/** The control-document schemas shipped at the package root (no IMS metadata is used, so no imsmd). */
export const SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'];

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** XML ids (NCName) from kebab-case ids. */
const ncname = (s) => s.replace(/[^A-Za-z0-9_.-]/g, '_');

/**
 * @param {{ identifier: string, title: string,
 *           items: { id: string, title: string, launch: string }[],
 *           files: string[] }} spec  files: every file of the package except the manifest and the schemas
 */
export function buildManifest({ identifier, title, items, files }) {
  const launches = new Set(items.map((i) => i.launch));
  const shared = files.filter((f) => !launches.has(f)).sort();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xml(ncname(identifier))}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    '  <organizations default="ORG">',
    '    <organization identifier="ORG">',
    `      <title>${xml(title)}</title>`,
    ...items.flatMap((item) => [
      `      <item identifier="ITEM-${xml(ncname(item.id))}" identifierref="SCO-${xml(ncname(item.id))}" isvisible="true">`,
      `        <title>${xml(item.title)}</title>`,
      `        <adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>`,
      '      </item>',
    ]),
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...items.flatMap((item) => [
      `    <resource identifier="SCO-${xml(ncname(item.id))}" type="webcontent" adlcp:scormtype="sco" href="${xml(item.launch)}">`,
      `      <file href="${xml(item.launch)}"/>`,
      '      <dependency identifierref="COURSE-FILES"/>',
      '    </resource>',
    ]),
    '    <resource identifier="COURSE-FILES" type="webcontent" adlcp:scormtype="asset">',
    ...shared.map((f) => `      <file href="${xml(f)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ];
  return lines.join('\n');
}
