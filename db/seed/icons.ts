// Simple silhouettes, one per kind of product, drawn in a 400 × 400 box. `body` is the
// product's colour and `line` a contrasting tone for seams and details, so the picture
// reads as "this item, in this colour" without pretending to be a photograph.
type Draw = (body: string, line: string) => string;

const outline = (line: string) => `stroke="${line}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"`;
const detail = (line: string, width = 5) =>
  `fill="none" stroke="${line}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" opacity="0.7"`;

const icons = {
  jacket: (b, l) => `
    <path d="M150 60 L200 95 L250 60 L320 88 L362 300 L322 310 L306 180 L306 360 L94 360 L94 180 L78 310 L38 300 L80 88 Z" fill="${b}" ${outline(l)}/>
    <path d="M200 95 L200 360 M150 60 L185 150 L200 95 M250 60 L215 150 L200 95" ${detail(l)}/>
    <path d="M120 250 L165 250 M235 250 L280 250" ${detail(l)}/>`,
  tshirt: (b, l) => `
    <path d="M145 70 Q200 110 255 70 L345 115 L315 190 L280 172 L280 350 L120 350 L120 172 L85 190 L55 115 Z" fill="${b}" ${outline(l)}/>
    <path d="M145 70 Q200 128 255 70" ${detail(l)}/>`,
  hoodie: (b, l) => `
    <path d="M140 90 Q200 0 260 90 L335 118 L368 330 L328 336 L300 190 L300 360 L100 360 L100 190 L72 336 L32 330 L65 118 Z" fill="${b}" ${outline(l)}/>
    <path d="M160 92 Q200 40 240 92 Q200 130 160 92 Z" fill="${l}" opacity="0.35"/>
    <path d="M140 265 L260 265 L280 330 L120 330 Z" ${detail(l)}/>
    <path d="M185 120 L180 175 M215 120 L220 175" ${detail(l, 4)}/>`,
  shoe: (b, l) => `
    <path d="M35 258 Q35 205 80 198 L150 182 Q188 120 232 128 L262 170 Q305 200 352 214 Q385 226 378 262 L378 276 L35 276 Z" fill="${b}" ${outline(l)}/>
    <rect x="30" y="270" width="352" height="26" rx="12" fill="${l}" opacity="0.8"/>
    <path d="M190 150 L215 170 M178 170 L205 188 M166 188 L195 205" ${detail(l)}/>
    <path d="M60 240 Q200 250 360 238" ${detail(l, 4)}/>`,
  boot: (b, l) => `
    <path d="M110 55 L225 55 L230 200 Q300 212 345 240 Q372 258 366 290 L104 290 Z" fill="${b}" ${outline(l)}/>
    <rect x="96" y="284" width="278" height="30" rx="10" fill="${l}" opacity="0.8"/>
    <path d="M150 90 L200 90 M150 125 L205 125 M150 160 L210 160 M150 195 L220 195" ${detail(l)}/>
    <path d="M110 85 L225 85" ${detail(l, 4)}/>`,
  tent: (b, l) => `
    <path d="M200 60 L372 320 L28 320 Z" fill="${b}" ${outline(l)}/>
    <path d="M200 150 L258 320 L142 320 Z" fill="${l}" opacity="0.45"/>
    <path d="M200 60 L200 150 M10 330 L390 330" ${detail(l)}/>`,
  backpack: (b, l) => `
    <path d="M160 85 Q160 45 200 45 Q240 45 240 85" ${detail(l, 10)}/>
    <rect x="105" y="80" width="190" height="270" rx="64" fill="${b}" ${outline(l)}/>
    <rect x="140" y="215" width="120" height="105" rx="22" fill="${l}" opacity="0.3"/>
    <path d="M140 150 Q200 175 260 150" ${detail(l)}/>`,
  "sleeping-bag": (b, l) => `
    <path d="M118 60 Q200 25 282 60 L305 335 Q200 375 95 335 Z" fill="${b}" ${outline(l)}/>
    <ellipse cx="200" cy="95" rx="55" ry="32" fill="${l}" opacity="0.35"/>
    <path d="M108 170 Q200 190 292 170 M104 230 Q200 250 296 230 M100 290 Q200 310 300 290" ${detail(l)}/>`,
  pan: (b, l) => `
    <rect x="268" y="203" width="120" height="34" rx="17" fill="${b}" ${outline(l)}/>
    <circle cx="165" cy="220" r="128" fill="${b}" ${outline(l)}/>
    <circle cx="165" cy="220" r="100" fill="${l}" opacity="0.25"/>`,
  mug: (b, l) => `
    <path d="M270 150 Q345 150 345 215 Q345 280 270 280" fill="none" stroke="${b}" stroke-width="30"/>
    <rect x="95" y="115" width="180" height="215" rx="22" fill="${b}" ${outline(l)}/>
    <path d="M150 95 Q135 75 150 55 Q165 35 150 15 M205 95 Q190 75 205 55 Q220 35 205 15" ${detail(l)}/>`,
  lamp: (b, l) => `
    <path d="M130 70 L270 70 L322 190 L78 190 Z" fill="${b}" ${outline(l)}/>
    <rect x="190" y="190" width="20" height="130" fill="${l}" opacity="0.8"/>
    <ellipse cx="200" cy="330" rx="90" ry="20" fill="${b}" ${outline(l)}/>
    <path d="M150 215 L130 255 M250 215 L270 255 M200 220 L200 255" ${detail(l, 4)}/>`,
  headphones: (b, l) => `
    <path d="M95 230 Q95 70 200 70 Q305 70 305 230" fill="none" stroke="${b}" stroke-width="26" stroke-linecap="round"/>
    <path d="M95 230 Q95 70 200 70 Q305 70 305 230" ${detail(l, 4)}/>
    <rect x="58" y="195" width="76" height="130" rx="32" fill="${b}" ${outline(l)}/>
    <rect x="266" y="195" width="76" height="130" rx="32" fill="${b}" ${outline(l)}/>`,
  speaker: (b, l) => `
    <rect x="105" y="45" width="190" height="310" rx="30" fill="${b}" ${outline(l)}/>
    <circle cx="200" cy="120" r="32" fill="${l}" opacity="0.45"/>
    <circle cx="200" cy="250" r="70" fill="${l}" opacity="0.45"/>
    <circle cx="200" cy="250" r="24" fill="${b}"/>`,
  battery: (b, l) => `
    <rect x="165" y="40" width="70" height="30" rx="8" fill="${l}" opacity="0.8"/>
    <rect x="115" y="65" width="170" height="290" rx="28" fill="${b}" ${outline(l)}/>
    <path d="M215 110 L160 225 L205 225 L185 315 L245 190 L200 190 Z" fill="${l}" opacity="0.6"/>`,
  bag: (b, l) => `
    <path d="M140 150 Q140 60 200 60 Q260 60 260 150" ${detail(l, 12)}/>
    <path d="M75 150 L325 150 L305 345 L95 345 Z" fill="${b}" ${outline(l)}/>
    <path d="M100 200 L300 200" ${detail(l)}/>`,
  cap: (b, l) => `
    <path d="M250 245 Q370 235 385 272 Q300 280 190 258 Z" fill="${b}" ${outline(l)}/>
    <path d="M80 250 Q80 105 200 105 Q320 105 320 250 Z" fill="${b}" ${outline(l)}/>
    <path d="M200 105 L200 250 M140 118 Q120 180 125 250" ${detail(l)}/>
    <circle cx="200" cy="103" r="10" fill="${l}"/>`,
} satisfies Record<string, Draw>;

export type IconName = keyof typeof icons;

export function drawIcon(name: IconName, body: string, line: string): string {
  return icons[name](body, line);
}
