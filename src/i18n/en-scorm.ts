/** English strings for the SCORM (LMS) packages (keys prefixed "scorm."). Spread into en.ts. */
export const enScorm = {
  'scorm.title': 'Use in your LMS',
  'scorm.intro':
    'Trainers can add this course to a learning management system such as Moodle: download a SCORM 1.2 package and upload it to your LMS as a new SCORM activity. Each module is one item; the LMS records whether the learner has passed its assessment (pass mark 80 %), the best score, the lesson they were on and their answers. Inside a package, nothing is sent anywhere but to your LMS.',
  'scorm.module': 'SCORM package of this module (ZIP)',
  'scorm.course': 'SCORM package of the whole course, one item per module (ZIP)',
  'scorm.moduleN': 'Module {n}: {title} (ZIP)',
  'scorm.modulesLabel': 'One package per module:',
  'scorm.opensWebsite': '(opens the course website in a new tab)',
  'scorm.needsJs': 'This course needs JavaScript. Open the module without it:',
} as const;
