// The WCAG 2.x contrast of each visible text of the page, from the colours the browser computed: every element with
// text of its own, and every form field showing a value, a placeholder or a chosen option. Its colour is set against
// its effective background (its own background colour or the first ancestor's that is not transparent, composited
// over those behind it and the white canvas); large text (at least 24 px, or 18.66 px bold) needs 3, other text 4.5.
// Text drawn on a canvas (the charts' axes) is not in the document and not measured.
var samples = [];

function parse(colour) {
  var match = /rgba?\(([^)]+)\)/.exec(colour);
  if (!match) {
    throw new Error('a colour the contrast check cannot read: ' + colour);
  }
  var parts = match[1].split(/[\s,/]+/).filter(Boolean).map(parseFloat);
  return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
}

function over(top, bottom) {
  function mix(t, b) { return t * top.a + b * (1 - top.a); }
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function background(element) {
  var layers = [];
  for (var node = element; node && node.nodeType === 1; node = node.parentElement) {
    var colour = parse(getComputedStyle(node).backgroundColor);
    if (colour.a > 0) {
      layers.push(colour);
      if (colour.a >= 1) {
        break;
      }
    }
  }
  var shown = { r: 255, g: 255, b: 255, a: 1 };
  for (var i = layers.length - 1; i >= 0; i--) {
    shown = over(layers[i], shown);
  }
  return shown;
}

function luminance(colour) {
  function linear(value) {
    var v = value / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

function visible(element) {
  var style = getComputedStyle(element);
  return style.visibility === 'visible' && parseFloat(style.opacity) > 0 && element.getClientRects().length > 0
    && element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().height > 0;
}

function ownText(element) {
  var text = '';
  element.childNodes.forEach(function (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent;
    }
  });
  return text.replace(/\s+/g, ' ').trim();
}

function named(element) {
  var classes = typeof element.className === 'string' ? element.className.trim() : '';
  return element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
    + (classes ? '.' + classes.split(/\s+/).join('.') : '');
}

function rgb(colour) {
  return 'rgb(' + [colour.r, colour.g, colour.b].map(Math.round).join(', ') + ')';
}

function sample(element, text, colour) {
  var style = getComputedStyle(element);
  var size = parseFloat(style.fontSize);
  var large = size >= 24 || (size >= 18.66 && parseInt(style.fontWeight, 10) >= 700);
  var back = background(element);
  var fore = parse(colour);
  if (fore.a < 1) {
    fore = over(fore, back);
  }
  var a = luminance(fore);
  var b = luminance(back);
  samples.push({
    element: named(element), text: text.slice(0, 60), size: size,
    ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), required: large ? 3 : 4.5,
    colour: rgb(fore), background: rgb(back)
  });
}

document.body.querySelectorAll('*').forEach(function (element) {
  if (/^(script|style|noscript|template|canvas|option)$/i.test(element.tagName) || !visible(element)) {
    return;
  }
  var colour = getComputedStyle(element).color;
  var text = ownText(element);
  if (text) {
    sample(element, text, colour);
  }
  if (element.tagName === 'SELECT' && element.selectedIndex >= 0) {
    sample(element, element.options[element.selectedIndex].text, colour);
  } else if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') {
    if (element.value || element.type === 'date') {
      sample(element, element.value || element.type, colour);
    } else if (element.placeholder) {
      sample(element, element.placeholder, getComputedStyle(element, '::placeholder').color);
    }
  }
});
return samples;
