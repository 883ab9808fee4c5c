import { type Illustration, type Limb, mirror, type Point, rotate } from './figure';

/**
 * Original line drawings for each exercise, drawn for Limber in one style: a stick figure with a
 * round head, seen from the side (facing right) or from the front, on a chair or standing, with
 * the moving part in the accent colour and an arrow for the motion. Each is keyed by its
 * exercise's id, and its words for screen readers are that exercise's `_illustration` message.
 */

const FLOOR: Limb = [
  [6, 94],
  [94, 94],
];

// Side view, facing right.
const CHAIR_SIDE: Limb[] = [
  [
    [26, 38],
    [30, 64],
    [56, 64],
  ],
  [
    [32, 64],
    [32, 94],
  ],
  [
    [53, 64],
    [53, 94],
  ],
];
const SIDE = {
  head: [43, 22] as Point,
  torso: [
    [42, 30],
    [40, 61],
  ] as Limb,
  arm: [
    [42, 35],
    [47, 49],
    [58, 52],
  ] as Limb,
  leg: [
    [40, 61],
    [63, 61],
    [64, 90],
    [71, 91],
  ] as Limb,
};

// Front view: a shoulder line, arms resting on the thighs, knees towards the viewer.
const CHAIR_FRONT: Limb[] = [
  [
    [32, 63],
    [68, 63],
  ],
  [
    [35, 63],
    [35, 94],
  ],
  [
    [65, 63],
    [65, 94],
  ],
];
const FRONT = {
  head: [50, 20] as Point,
  torso: [
    [50, 27],
    [50, 60],
  ] as Limb,
  shoulders: [
    [41, 33],
    [59, 33],
  ] as Limb,
  armL: [
    [41, 33],
    [37, 47],
    [41, 59],
  ] as Limb,
  legL: [
    [50, 60],
    [41, 65],
    [41, 92],
    [36, 92],
  ] as Limb,
};
const armR = mirror(FRONT.armL);
const legR = mirror(FRONT.legL);
const FRONT_LEGS = [FRONT.legL, legR];

// Standing, side view facing right.
const STAND = {
  head: [50, 13] as Point,
  torso: [
    [50, 21],
    [50, 53],
  ] as Limb,
  arm: [
    [50, 26],
    [51, 40],
    [52, 53],
  ] as Limb,
  leg: [
    [50, 53],
    [51, 73],
    [50, 91],
    [56, 91],
  ] as Limb,
};

const DESK_NEAR: Limb[] = [
  [
    [68, 50],
    [97, 50],
  ],
  [
    [72, 50],
    [72, 94],
  ],
  [
    [93, 50],
    [93, 94],
  ],
];

/** Tilts the upper body (and head) about the hip, as in a lean or a side bend. */
function lean(limbs: readonly Limb[], head: Point, hip: Point, degrees: number) {
  const [tilted] = rotate([head], hip, degrees);
  return { limbs: limbs.map((limb) => rotate(limb, hip, degrees)), head: tilted as Point };
}

const sideBend = lean(
  [
    FRONT.torso,
    FRONT.shoulders,
    [
      [41, 33],
      [37, 19],
      [49, 7],
    ],
    [
      [59, 33],
      [63, 19],
      [51, 7],
    ],
  ],
  FRONT.head,
  [50, 60],
  -14,
);

const backBend = lean(
  [
    STAND.torso,
    [
      [50, 26],
      [43, 38],
      [47, 50],
    ],
  ],
  STAND.head,
  [50, 53],
  -16,
);

const hingeHamstring = lean(
  [
    [
      [51, 30],
      [50, 61],
    ],
    [
      [51, 35],
      [57, 47],
      [63, 56],
    ],
  ],
  [52, 22],
  [50, 61],
  22,
);

const hingeFigureFour = lean([SIDE.torso, SIDE.arm], SIDE.head, [40, 61], 14);

/** Which way the head faces in a front view: a short stroke, like a nose. */
const noseLeft: Limb = [
  [43, 20],
  [39.5, 21],
];

export const ILLUSTRATIONS = {
  'walk-break': {
    scene: [FLOOR],
    body: [
      STAND.torso,
      [
        [50, 26],
        [55, 38],
        [60, 46],
      ],
      [
        [50, 26],
        [46, 38],
        [41, 47],
      ],
    ],
    moving: [
      [
        [50, 53],
        [56, 71],
        [59, 90],
        [65, 91],
      ],
      [
        [50, 53],
        [46, 72],
        [40, 88],
        [45, 91],
      ],
    ],
    head: { at: STAND.head, moving: false },
    arrows: [
      {
        points: [
          [66, 28],
          [76, 27],
          [86, 28],
        ],
      },
    ],
  },

  'ear-to-shoulder': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: [FRONT.torso, FRONT.shoulders, FRONT.armL, armR, ...FRONT_LEGS],
    moving: [],
    head: { at: [45, 21.3], moving: true },
    ghostHead: FRONT.head,
    arrows: [
      {
        points: [
          [60, 13],
          [55, 7],
          [47, 6],
          [40, 9],
        ],
      },
    ],
  },

  'head-turn': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: [FRONT.torso, FRONT.shoulders, FRONT.armL, armR, ...FRONT_LEGS],
    moving: [noseLeft],
    head: { at: FRONT.head, moving: true },
    arrows: [
      {
        points: [
          [37, 10],
          [43, 5],
          [50, 4],
          [57, 5],
          [63, 10],
        ],
        both: true,
      },
    ],
  },

  'chin-to-chest': {
    scene: [FLOOR, ...CHAIR_SIDE],
    body: [SIDE.torso, SIDE.arm, SIDE.leg],
    moving: [],
    head: { at: [48, 24.2], moving: true },
    ghostHead: SIDE.head,
    arrows: [
      {
        points: [
          [53, 12],
          [59, 15],
          [61, 21],
          [59, 27],
        ],
      },
    ],
  },

  'shoulder-rolls': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: [FRONT.torso, FRONT.armL, armR, ...FRONT_LEGS],
    moving: [FRONT.shoulders],
    head: { at: FRONT.head, moving: false },
    dots: [
      [41, 33],
      [59, 33],
    ],
    arrows: [
      {
        points: [
          [31, 37],
          [29.5, 30],
          [33, 24.5],
          [39, 23.5],
        ],
      },
      {
        points: [
          [69, 37],
          [70.5, 30],
          [67, 24.5],
          [61, 23.5],
        ],
      },
    ],
  },

  'shrug-and-squeeze': {
    scene: [FLOOR, ...CHAIR_FRONT],
    ghost: [FRONT.shoulders],
    body: [FRONT.torso, ...FRONT_LEGS],
    moving: [
      [
        [41, 29],
        [50, 31],
        [59, 29],
      ],
      [
        [41, 29],
        [36, 43],
        [41, 58],
      ],
      [
        [59, 29],
        [64, 43],
        [59, 58],
      ],
    ],
    head: { at: FRONT.head, moving: false },
    arrows: [
      {
        points: [
          [31, 36],
          [31, 24],
        ],
      },
      {
        points: [
          [69, 36],
          [69, 24],
        ],
      },
    ],
  },

  'elbows-back': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: [FRONT.torso, FRONT.shoulders, ...FRONT_LEGS],
    moving: [
      [
        [41, 33],
        [29, 24],
        [43, 15],
      ],
      [
        [59, 33],
        [71, 24],
        [57, 15],
      ],
    ],
    head: { at: FRONT.head, moving: false },
    arrows: [
      {
        points: [
          [27, 32],
          [21, 29],
          [18, 23],
        ],
      },
      {
        points: [
          [73, 32],
          [79, 29],
          [82, 23],
        ],
      },
    ],
  },

  'chest-opener': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: [FRONT.torso, ...FRONT_LEGS],
    moving: [
      FRONT.shoulders,
      [
        [41, 33],
        [29, 38],
        [17, 41],
        [16, 35],
      ],
      [
        [59, 33],
        [71, 38],
        [83, 41],
        [84, 35],
      ],
    ],
    head: { at: FRONT.head, moving: false },
    arrows: [
      {
        points: [
          [33, 47],
          [24, 49],
          [15, 49],
        ],
      },
      {
        points: [
          [67, 47],
          [76, 49],
          [85, 49],
        ],
      },
    ],
  },

  'crossed-arm-twist': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: [FRONT.torso, ...FRONT_LEGS],
    moving: [
      FRONT.shoulders,
      [
        [41, 33],
        [39, 44],
        [58, 36],
      ],
      [
        [59, 33],
        [61, 44],
        [42, 41],
      ],
    ],
    head: { at: FRONT.head, moving: false },
    arrows: [
      {
        points: [
          [31, 45],
          [40, 51],
          [50, 52.5],
          [60, 51],
          [69, 45],
        ],
        both: true,
      },
    ],
  },

  'seated-twist': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: [FRONT.torso, ...FRONT_LEGS],
    moving: [
      [
        [43, 34],
        [59, 32],
      ],
      [
        [43, 34],
        [45, 49],
        [57, 63],
      ],
      [
        [59, 32],
        [69, 41],
        [71, 54],
      ],
      [
        [57, 20],
        [60.5, 21],
      ],
    ],
    head: { at: [51, 20], moving: true },
    arrows: [
      {
        points: [
          [30, 46],
          [38, 52],
          [50, 54],
          [61, 51],
          [66, 45],
        ],
      },
    ],
  },

  'overhead-side-bend': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: FRONT_LEGS,
    ghost: [
      [
        [50, 27],
        [50, 60],
      ],
    ],
    moving: sideBend.limbs,
    head: { at: sideBend.head, moving: false },
    arrows: [
      {
        points: [
          [62, 8],
          [52, 3.5],
          [40, 4],
          [30, 10],
        ],
      },
    ],
  },

  'slouch-to-tall': {
    scene: [FLOOR, ...CHAIR_SIDE],
    ghost: [
      [
        [51, 34],
        [46, 47],
        [40, 61],
      ],
    ],
    ghostHead: [55, 29],
    body: [SIDE.arm, SIDE.leg],
    moving: [SIDE.torso],
    head: { at: SIDE.head, moving: true },
    arrows: [
      {
        points: [
          [66, 32],
          [64, 22],
          [57, 15],
        ],
      },
    ],
  },

  'standing-back-bend': {
    scene: [FLOOR],
    ghost: [STAND.torso],
    body: [STAND.leg],
    moving: backBend.limbs,
    head: { at: backBend.head, moving: true },
    arrows: [
      {
        points: [
          [60, 8],
          [53, 3.5],
          [44, 3.5],
          [35, 7],
        ],
      },
    ],
  },

  'seated-knee-to-chest': {
    scene: [FLOOR, ...CHAIR_SIDE],
    body: [SIDE.torso, SIDE.leg],
    moving: [
      [
        [40, 61],
        [55, 44],
        [61, 62],
        [67, 62],
      ],
      [
        [42, 35],
        [49, 46],
        [57, 50],
      ],
    ],
    head: { at: SIDE.head, moving: false },
    arrows: [
      {
        points: [
          [73, 58],
          [73, 47],
          [66, 38],
        ],
      },
    ],
  },

  'seated-hamstring': {
    scene: [FLOOR, ...CHAIR_SIDE],
    body: [
      [
        [50, 61],
        [65, 62],
        [59, 90],
        [65, 91],
      ],
    ],
    moving: [
      ...hingeHamstring.limbs,
      [
        [50, 61],
        [66, 75.5],
        [82, 90],
        [85, 84],
      ],
    ],
    head: { at: hingeHamstring.head, moving: true },
    arrows: [
      {
        points: [
          [72, 9],
          [80, 13],
          [84, 21],
        ],
      },
    ],
  },

  'figure-four': {
    scene: [FLOOR, ...CHAIR_SIDE],
    body: [SIDE.leg],
    moving: [
      ...hingeFigureFour.limbs,
      [
        [40, 61],
        [52, 52],
        [63, 58],
        [68, 56],
      ],
    ],
    head: { at: hingeFigureFour.head, moving: true },
    arrows: [
      {
        points: [
          [49, 9],
          [57, 11],
          [63, 17],
        ],
      },
    ],
  },

  'standing-thigh-stretch': {
    scene: [FLOOR, ...DESK_NEAR],
    body: [
      STAND.torso,
      STAND.leg,
      [
        [50, 26],
        [59, 38],
        [69, 49],
      ],
    ],
    moving: [
      [
        [50, 53],
        [49, 73],
        [38, 63],
        [36, 58],
      ],
      [
        [50, 26],
        [44, 42],
        [39, 61],
      ],
    ],
    head: { at: STAND.head, moving: false },
    arrows: [
      {
        points: [
          [34, 79],
          [28, 71],
          [29, 62],
        ],
      },
    ],
  },

  'desk-lean': {
    scene: [
      FLOOR,
      [
        [77, 48],
        [97, 48],
      ],
      [
        [81, 48],
        [81, 94],
      ],
      [
        [94, 48],
        [94, 94],
      ],
    ],
    body: [
      [
        [34, 50],
        [36, 71],
        [38, 91],
        [44, 91],
      ],
    ],
    moving: [
      [
        [34, 50],
        [57, 45],
      ],
      [
        [55, 45],
        [67, 43],
        [79, 47],
      ],
    ],
    head: { at: [62, 52], moving: true },
    arrows: [
      {
        points: [
          [30, 40],
          [23, 38],
          [16, 40],
        ],
      },
    ],
  },

  'forearm-stretch': {
    scene: [FLOOR, ...CHAIR_SIDE],
    body: [
      SIDE.torso,
      SIDE.leg,
      [
        [42, 35],
        [50, 46],
        [63, 47],
        [72, 45],
      ],
    ],
    moving: [
      [
        [42, 35],
        [56, 36],
        [70, 36],
        [74, 45],
      ],
    ],
    head: { at: SIDE.head, moving: false },
    arrows: [
      {
        points: [
          [81, 36],
          [83, 44],
          [79, 51],
        ],
      },
    ],
  },

  'fist-and-spread': {
    scene: [FLOOR, ...CHAIR_FRONT],
    body: [
      FRONT.torso,
      FRONT.shoulders,
      ...FRONT_LEGS,
      [
        [41, 33],
        [33, 45],
        [29, 34],
      ],
      [
        [59, 33],
        [67, 45],
        [71, 34],
      ],
    ],
    moving: [
      [
        [71, 34],
        [62, 27],
      ],
      [
        [71, 34],
        [65, 21],
      ],
      [
        [71, 34],
        [71, 19],
      ],
      [
        [71, 34],
        [77, 21],
      ],
      [
        [71, 34],
        [81, 29],
      ],
    ],
    dots: [[28.5, 31.5]],
    head: { at: FRONT.head, moving: false },
    arrows: [
      {
        points: [
          [34, 14],
          [42, 9],
          [58, 9],
          [66, 14],
        ],
        both: true,
      },
    ],
  },

  'eye-break': {
    scene: [
      FLOOR,
      ...CHAIR_SIDE,
      [
        [76, 14],
        [95, 14],
        [95, 40],
        [76, 40],
        [76, 14],
      ],
      [
        [85.5, 14],
        [85.5, 40],
      ],
      [
        [76, 27],
        [95, 27],
      ],
    ],
    body: [SIDE.torso, SIDE.arm, SIDE.leg],
    moving: [],
    head: { at: SIDE.head, moving: true },
    arrows: [
      {
        points: [
          [53, 20],
          [62, 20],
          [72, 22],
        ],
      },
    ],
  },
} satisfies Record<string, Illustration>;

export type IllustrationId = keyof typeof ILLUSTRATIONS;
