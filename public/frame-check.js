/*
 * Runs before the app, as a classic script: in an <iframe sandbox> without allow-same-origin the page's origin is
 * "null" and the browser refuses the app's module scripts, which would leave a blank frame. Say instead, in words a
 * web team can act on, which attribute is missing. (Classic, not a module, so that it runs there; DOM text only.)
 */
(function () {
  if (self.origin !== 'null') return;
  var box = document.getElementById('app');
  if (!box) return;
  var lines = [
    '本计算器无法在此嵌入框中运行：iframe 的 sandbox 属性缺少 allow-same-origin。',
    '请网站管理员在 sandbox 中加入 allow-same-origin（与 allow-scripts 一起），或去掉 sandbox 属性。',
    'The calculator cannot run in this frame: the iframe’s sandbox attribute lacks allow-same-origin.',
    'Please add allow-same-origin (together with allow-scripts) to the sandbox attribute, or remove the attribute.',
  ];
  box.setAttribute('data-testid', 'sandbox-fallback');
  for (var i = 0; i < lines.length; i++) {
    var p = document.createElement('p');
    p.textContent = lines[i];
    box.appendChild(p);
  }
})();
