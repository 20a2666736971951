/*
 * The LMS of the SCORM journeys, played by scorm-again's Scorm12API.
 *
 * Query: ?launch=<path under content/> (a package's launch page)
 *        &mode=frame (default) | nested (two frames deep) | popup (window.open, API found via opener)
 *        &fail=none (default) | init (LMSInitialize refused) | set (every LMSSetValue and LMSCommit refused)
 *              | suspend (cmi.suspend_data refused, as by an LMS with a smaller limit) | throw (every call throws)
 * window.__lmsInitial (set by the test before load): CMI data of an earlier session, as `lms.data()` returned it.
 *
 * window.lms: calls (every API call with its arguments and result), value(element), data(), close().
 */
(function () {
  const params = new URLSearchParams(location.search);
  const mode = params.get('mode') || 'frame';
  const fail = params.get('fail') || 'none';
  const url = 'content/' + params.get('launch');

  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  const initial = window.__lmsInitial;
  if (initial) {
    api.loadFromJSON(initial);
    api.cmi.core.entry = 'resume';
  }
  // The manifest's adlcp:masteryscore, as an LMS passes it on.
  api.cmi.student_data.mastery_score = '80';

  const calls = [];
  let refusedError = '0';
  const methods = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'];
  const facade = {};
  for (const name of methods) {
    facade[name] = function (...args) {
      if (fail === 'throw' && name !== 'LMSGetLastError') throw new Error('The LMS is down');
      let result;
      if (fail === 'init' && name === 'LMSInitialize') {
        result = 'false';
        refusedError = '101';
      } else if ((fail === 'set' && (name === 'LMSSetValue' || name === 'LMSCommit')) || (fail === 'suspend' && name === 'LMSSetValue' && args[0] === 'cmi.suspend_data')) {
        result = 'false';
        refusedError = '351';
      } else if (name === 'LMSGetLastError' && refusedError !== '0') {
        result = refusedError;
        refusedError = '0';
      } else {
        result = api[name](...args);
        if (result === true) result = 'true';
        if (result === false) result = 'false';
      }
      if (name !== 'LMSGetLastError') calls.push({ name, args, result });
      return result;
    };
  }
  window.API = facade;

  let opened = null;
  function open() {
    const stage = document.getElementById('stage');
    if (mode === 'popup') {
      opened = window.open(url, 'course');
      return;
    }
    const frame = document.createElement('iframe');
    frame.title = 'Course';
    frame.style.inlineSize = '100%';
    frame.style.blockSize = '95vh';
    frame.src = mode === 'nested' ? 'frame.html?src=' + encodeURIComponent(url) : url;
    stage.replaceChildren(frame);
    opened = frame;
  }

  window.lms = {
    calls,
    value: (element) => element.split('.').slice(1).reduce((o, k) => (o == null ? o : o[k]), api.cmi),
    data: () => JSON.parse(JSON.stringify(api.cmi.toJSON())),
    /** Closes the course the way an LMS does: removes its frame or closes its window. */
    close() {
      if (opened instanceof HTMLIFrameElement) opened.remove();
      else if (opened) opened.close();
    },
  };
  document.getElementById('open').addEventListener('click', open);
  if (mode !== 'popup') open();
})();
