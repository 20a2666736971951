/*
 * The accent colour of an embed view (?accent=0b5cad), loaded only by embeds
 * asked for one: the head script of src/layouts/Embed.astro imports it, so
 * the pages' JavaScript budget does not carry it. Copied as it is (no
 * bundling, no dependencies), so it repeats applyAccent() and the contrast
 * arithmetic of src/lib/embed-theme.ts; tests/unit/embed-theme.test.ts runs
 * both on the same query strings, colours included.
 *
 * The accent is used in a colour scheme only when it keeps 4.5:1 contrast
 * against the scheme's background AND against the text drawn on it;
 * elsewhere the course keeps its own accent.
 */
(function () {
  var SCHEMES = {
    light: { background: '#ffffff', accentText: '#ffffff', accent: '#7a1f5c' },
    dark: { background: '#121417', accentText: '#121417', accent: '#f0a6d3' },
  };
  var MIN_CONTRAST = 4.5;

  var query = new URLSearchParams(location.search);
  var match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(query.get('accent') || '');
  if (!match) return;
  var theme = query.get('theme');
  if (theme !== 'light' && theme !== 'dark') theme = 'auto';
  var digits = match[1].toLowerCase();
  var hex = '#' + (digits.length === 3 ? digits.replace(/./g, '$&$&') : digits);

  function luminance(colour) {
    var weights = [0.2126, 0.7152, 0.0722];
    var sum = 0;
    for (var i = 0; i < 3; i++) {
      var c = parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
      sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
  }
  function contrast(a, b) {
    var x = luminance(a);
    var y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }
  function accentFor(scheme) {
    var colours = SCHEMES[scheme];
    var shown = theme === 'auto' || theme === scheme;
    return shown && Math.min(contrast(hex, colours.background), contrast(hex, colours.accentText)) >= MIN_CONTRAST ? hex : colours.accent;
  }

  var light = accentFor('light');
  var dark = accentFor('dark');
  if (light === hex || dark === hex) document.documentElement.style.setProperty('--tc-accent', 'light-dark(' + light + ', ' + dark + ')');
})();
