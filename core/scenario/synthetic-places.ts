/** Cargo airports the synthetic flights join, coordinates to about 1 km, hence "approximate". */
export const AIRPORTS: [
  id: string,
  name: string,
  country: string,
  lon: number,
  lat: number,
  timeZone: string,
][] = [
  ['PVG', 'Shanghai', 'CN', 121.805, 31.1434, 'Asia/Shanghai'],
  ['PEK', 'Beijing', 'CN', 116.5846, 40.0801, 'Asia/Shanghai'],
  ['CAN', 'Guangzhou', 'CN', 113.299, 23.3924, 'Asia/Shanghai'],
  ['SZX', 'Shenzhen', 'CN', 113.8108, 22.6393, 'Asia/Shanghai'],
  ['CTU', 'Chengdu', 'CN', 103.9471, 30.5785, 'Asia/Shanghai'],
  ['HKG', 'Hong Kong', 'HK', 113.9185, 22.308, 'Asia/Hong_Kong'],
  ['ICN', 'Seoul Incheon', 'KR', 126.4407, 37.4602, 'Asia/Seoul'],
  ['NRT', 'Tokyo Narita', 'JP', 140.3864, 35.7647, 'Asia/Tokyo'],
  ['DXB', 'Dubai', 'AE', 55.3644, 25.2528, 'Asia/Dubai'],
  ['DOH', 'Doha', 'QA', 51.6081, 25.2731, 'Asia/Qatar'],
  ['IST', 'Istanbul', 'TR', 28.7519, 41.2753, 'Europe/Istanbul'],
  ['FRA', 'Frankfurt', 'DE', 8.5622, 50.0379, 'Europe/Berlin'],
  ['LEJ', 'Leipzig', 'DE', 12.2416, 51.4239, 'Europe/Berlin'],
  ['CGN', 'Cologne', 'DE', 7.1427, 50.8659, 'Europe/Berlin'],
  ['AMS', 'Amsterdam', 'NL', 4.7639, 52.3086, 'Europe/Amsterdam'],
  ['CDG', 'Paris', 'FR', 2.55, 49.0128, 'Europe/Paris'],
  ['LHR', 'London Heathrow', 'GB', -0.4543, 51.47, 'Europe/London'],
  ['MAD', 'Madrid', 'ES', -3.5626, 40.4719, 'Europe/Madrid'],
  ['BCN', 'Barcelona', 'ES', 2.0785, 41.2974, 'Europe/Madrid'],
  ['MXP', 'Milan', 'IT', 8.7281, 45.6306, 'Europe/Rome'],
  ['ZRH', 'Zurich', 'CH', 8.5492, 47.4647, 'Europe/Zurich'],
  ['VIE', 'Vienna', 'AT', 16.5697, 48.1103, 'Europe/Vienna'],
  ['WAW', 'Warsaw', 'PL', 20.9671, 52.1657, 'Europe/Warsaw'],
  ['BUD', 'Budapest', 'HU', 19.2556, 47.4298, 'Europe/Budapest'],
  ['PRG', 'Prague', 'CZ', 14.26, 50.1008, 'Europe/Prague'],
  ['CPH', 'Copenhagen', 'DK', 12.6508, 55.618, 'Europe/Copenhagen'],
  ['ARN', 'Stockholm Arlanda', 'SE', 17.9186, 59.6519, 'Europe/Stockholm'],
  ['HEL', 'Helsinki', 'FI', 24.9633, 60.3172, 'Europe/Helsinki'],
  ['ATH', 'Athens', 'GR', 23.9445, 37.9364, 'Europe/Athens'],
  ['LIS', 'Lisbon', 'PT', -9.1342, 38.7813, 'Europe/Lisbon'],
  ['DUB', 'Dublin', 'IE', -6.27, 53.4213, 'Europe/Dublin'],
  ['LUX', 'Luxembourg', 'LU', 6.2044, 49.6233, 'Europe/Luxembourg'],
];

/** One rail corridor across Asia to Europe: its terminals and the cities it passes. */
export const RAIL = {
  from: ['XIY-RAIL', 'Xi’an', 'CN', 108.94, 34.34, 'Asia/Shanghai'],
  to: ['DUI-RAIL', 'Duisburg', 'DE', 6.76, 51.43, 'Europe/Berlin'],
  via: [
    [87.6, 43.8],
    [76.9, 43.2],
    [61.4, 55.2],
    [37.6, 55.75],
    [23.55, 52.05],
    [13.4, 52.5],
  ] as [number, number][],
} as const;

export const ASIA = new Set(['CN', 'HK', 'KR', 'JP', 'AE', 'QA']);
