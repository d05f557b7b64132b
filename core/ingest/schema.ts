import { z } from 'zod';
import { awbSchema } from '../cargo/awb';
import { hubSchema, trackingSchema } from '../scenario/schema';

const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 time with its zone, as ms since the epoch; Date.parse alone takes 30 February. */
export const timeSchema = z.string().transform((text, ctx) => {
  const m = TIME.exec(text);
  if (!m) {
    ctx.addIssue({
      code: 'custom',
      message: `expected an ISO 8601 time with a zone like "2020-03-13T20:00:00Z", got "${text}"`,
    });
    return z.NEVER;
  }
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 7].map((i) =>
    Number(m[i] ?? 0),
  ) as number[];
  const real = new Date(Date.UTC(year as number, (month as number) - 1, day as number));
  if (
    real.getUTCDate() !== day ||
    (hour as number) > 23 ||
    (minute as number) > 59 ||
    (second as number) > 59
  ) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a real time` });
    return z.NEVER;
  }
  return Date.parse(text);
});

export const idSchema = z
  .string()
  .max(100, 'at most 100 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected an id of letters, digits, "_", "." or "-"');

/** A feed's own id for an event: what makes a resend recognizable. */
export const eventIdSchema = z
  .string()
  .min(1, 'an empty id')
  .max(128, 'at most 128 characters')
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

const lon = z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180');
const lat = z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90');

export const fixSchema = z.strictObject({
  kind: z.literal('fix'),
  id: eventIdSchema.optional(),
  vehicle: idSchema,
  time: timeSchema,
  lon,
  lat,
  altitude: z
    .number()
    .min(-500, 'altitude must be ≥ -500 m')
    .max(25_000, 'altitude must be ≤ 25000 m')
    .optional(),
  heading: z.number().min(0, 'heading must be ≥ 0').max(360, 'heading must be ≤ 360').optional(),
  speed: z.number().min(0, 'speed must be ≥ 0').max(2_000, 'speed must be ≤ 2000 km/h').optional(),
});

export const statusSchema = z
  .strictObject({
    kind: z.literal('status'),
    id: eventIdSchema.optional(),
    shipment: idSchema.optional(),
    awb: awbSchema.optional(),
    code: z.string().min(1).max(40),
    hub: idSchema.optional(),
    time: timeSchema,
  })
  .check((ctx) => {
    const { shipment, awb } = ctx.value;
    if ((shipment === undefined) === (awb === undefined)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: shipment === undefined ? ['shipment'] : ['awb'],
        message:
          shipment === undefined
            ? 'missing (give the shipment id or its awb)'
            : 'give the shipment id or its awb, not both',
      });
    }
  });

export const shipmentSchema = z.strictObject({
  kind: z.literal('shipment'),
  id: eventIdSchema.optional(),
  shipment: idSchema,
  awb: awbSchema.optional(),
  title: z.string().min(1).max(200),
  contents: z
    .array(
      z.strictObject({
        item: idSchema,
        quantity: z.number().int('expected a whole number').nonnegative().nullable().default(null),
      }),
    )
    .min(1, 'a shipment carries at least one item'),
  legs: z
    .array(
      z.strictObject({
        vehicle: idSchema,
        label: z.string().min(1).max(200).optional(),
        mode: z.enum(['air', 'rail', 'road']),
        from: idSchema,
        to: idSchema,
        via: z
          .array(z.tuple([lon, lat]))
          .max(500)
          .optional(),
        depart: timeSchema,
        arrive: timeSchema,
        tracking: trackingSchema.optional(),
      }),
    )
    .min(1, 'a shipment needs at least one leg')
    .max(20),
  booked: timeSchema.optional(),
  hubs: z
    .array(hubSchema.omit({ provenance: true }))
    .max(50)
    .optional(),
  /** Who reports it: becomes the source every fact of the shipment is marked reported by. */
  source: idSchema.optional(),
  time: timeSchema.optional(),
});

export type FixInput = z.output<typeof fixSchema>;
export type StatusInput = z.output<typeof statusSchema>;
export type ShipmentInput = z.output<typeof shipmentSchema>;

export const KINDS = { fix: fixSchema, status: statusSchema, shipment: shipmentSchema } as const;
