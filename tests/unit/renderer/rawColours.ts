// Finds colours spelled outright (a hex, an rgb()/hsl() literal, a named colour) in a stylesheet or in a
// component's inline styles and SVG attributes: every colour belongs in renderer/app/tokens.css.

/** CSS's named colours (CSS Color 4), lower case. `transparent` and `currentcolor` are not a palette. */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
    'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ' +
    'ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow ' +
    'lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine ' +
    'mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise ' +
    'mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab ' +
    'orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru ' +
    'pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan ' +
    'teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);

/** Properties whose value can hold a colour (CSS and React's camelCase / SVG attribute spellings). */
const COLOUR_PROPERTY =
  /(?:^|[\s{;"'])(color|background(?:-color)?|border(?:-(?:top|right|bottom|left))?(?:-color)?|outline(?:-color)?|box-shadow|text-shadow|fill|stroke|caret-color|accent-color|text-decoration(?:-color)?|column-rule(?:-color)?|backgroundColor|borderColor|outlineColor|boxShadow|textShadow|caretColor|accentColor)\s*[:=]\s*\{?\s*["'`]?([^;"'`}\n]*)/gi;

const LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i;

/** The raw colours on one line: the literal or named colour found, or nothing. */
export function rawColoursInLine(line: string): string[] {
  const found: string[] = [];
  const code = line.replace(/\/\*.*?\*\//g, '').replace(/\/\/.*$/, '');
  const literal = code.match(LITERAL);
  if (literal) found.push(literal[0]);
  for (const m of code.matchAll(COLOUR_PROPERTY)) {
    for (const word of m[2].toLowerCase().split(/[^a-z]+/)) if (NAMED.has(word)) found.push(word);
  }
  return found;
}

/** Every raw colour in a file's text, as "file:line: colour". */
export function rawColours(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const colour of rawColoursInLine(line)) out.push(`${file}:${i + 1}: ${colour}`);
  });
  return out;
}
