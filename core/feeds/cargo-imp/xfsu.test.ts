import { describe, expect, it } from 'vitest';
import { parseXfsu } from './xfsu';

const now = Date.UTC(2026, 2, 15);

const departed = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:StatusMessage xmlns:rsm="iata:statusmessage:1" xmlns:ram="iata:datamodel:3">
  <rsm:MessageHeaderDocument>
    <ram:ID>CV-FSU-0001</ram:ID>
    <ram:Name>Status Message</ram:Name>
    <ram:TypeCode>FSU</ram:TypeCode>
    <ram:IssueDateTime>2026-03-13T20:05:00</ram:IssueDateTime>
  </rsm:MessageHeaderDocument>
  <rsm:BusinessHeaderDocument><ram:ID>176-12345675</ram:ID></rsm:BusinessHeaderDocument>
  <rsm:MasterConsignment>
    <ram:GrossWeightMeasure unitCode="KGM">25000</ram:GrossWeightMeasure>
    <ram:TotalPieceQuantity>1000</ram:TotalPieceQuantity>
    <ram:TransportContractDocument><ram:ID>176-12345675</ram:ID></ram:TransportContractDocument>
    <ram:ReportedStatus>
      <ram:ReasonCode>DEP</ram:ReasonCode>
      <ram:AssociatedStatusConsignment>
        <ram:GrossWeightMeasure unitCode="KGM">25000</ram:GrossWeightMeasure>
        <ram:PieceQuantity>1000</ram:PieceQuantity>
        <ram:TransportSplitDescription>T</ram:TransportSplitDescription>
        <ram:SpecifiedLogisticsTransportMovement>
          <ram:StageCode>Main-Carriage</ram:StageCode>
          <ram:ID>CV7401</ram:ID>
          <ram:ArrivalEvent>
            <ram:ScheduledOccurrenceDateTime>2026-03-14T06:00:00</ram:ScheduledOccurrenceDateTime>
            <ram:OccurrenceArrivalLocation><ram:ID>LGG</ram:ID></ram:OccurrenceArrivalLocation>
          </ram:ArrivalEvent>
          <ram:DepartureEvent>
            <ram:DepartureOccurrenceDateTime>2026-03-13T19:40:00</ram:DepartureOccurrenceDateTime>
            <ram:DepartureDateTimeTypeCode>A</ram:DepartureDateTimeTypeCode>
            <ram:ScheduledOccurrenceDateTime>2026-03-13T19:15:00</ram:ScheduledOccurrenceDateTime>
            <ram:OccurrenceDepartureLocation><ram:ID>HGH</ram:ID></ram:OccurrenceDepartureLocation>
          </ram:DepartureEvent>
        </ram:SpecifiedLogisticsTransportMovement>
      </ram:AssociatedStatusConsignment>
    </ram:ReportedStatus>
  </rsm:MasterConsignment>
</rsm:StatusMessage>`;

const delivered = (consignment: string, awb = '077-12345675', code = 'DLV') => `<StatusMessage>
  <MessageHeaderDocument><TypeCode>FSU</TypeCode></MessageHeaderDocument>
  <BusinessHeaderDocument><ID>${awb}</ID></BusinessHeaderDocument>
  <MasterConsignment>
    <TransportContractDocument><ID>${awb}</ID></TransportContractDocument>
    <ReportedStatus><ReasonCode>${code}</ReasonCode>${consignment}</ReportedStatus>
  </MasterConsignment>
</StatusMessage>`;

const part = (pieces: number, weight: string, place: string, at: string) => `<AssociatedStatusConsignment>
  ${weight}<PieceQuantity>${pieces}</PieceQuantity>
  <SpecifiedLocation><ID>${place}</ID></SpecifiedLocation>
  <SpecifiedEvent><OccurrenceDateTime>${at}</OccurrenceDateTime></SpecifiedEvent>
</AssociatedStatusConsignment>`;

const path = 'StatusMessage/MasterConsignment/ReportedStatus';

describe('parseXfsu', () => {
  it('reads a namespaced departure: the flight, its departure airport and actual time', () => {
    expect(parseXfsu(departed, { now })).toEqual({
      ok: true,
      items: [
        {
          awb: '176-12345675',
          code: 'DEP',
          airport: 'HGH',
          time: Date.UTC(2026, 2, 13, 19, 40),
          flight: 'CV7401',
          pieces: 1000,
          weightKg: 25000,
          at: `${path}/AssociatedStatusConsignment/SpecifiedLogisticsTransportMovement`,
        },
      ],
      skipped: [],
    });
  });

  it('places an arrival at the arrival airport, at the scheduled time where no other is given', () => {
    const xml = departed.replace(
      '<ram:ReasonCode>DEP</ram:ReasonCode>',
      '<ram:ReasonCode>ARR</ram:ReasonCode>',
    );
    const result = parseXfsu(xml, { now });
    expect(result.ok && result.items.map(({ code, airport, time }) => ({ code, airport, time }))).toEqual([
      { code: 'ARR', airport: 'LGG', time: Date.UTC(2026, 2, 14, 6) },
    ]);
  });

  it('reads un-prefixed parts delivered apart, converting pounds and zone offsets', () => {
    const xml = delivered(
      part(
        7,
        '<GrossWeightMeasure unitCode="LBR">770</GrossWeightMeasure>',
        'NCE',
        '2026-11-03T16:15:00+01:00',
      ) + part(3, '', 'NCE', '2026-11-04T09:00:00Z'),
    );
    const base = { awb: '077-12345675', code: 'DLV', airport: 'NCE', flight: null };
    expect(parseXfsu(xml, { now })).toEqual({
      ok: true,
      items: [
        {
          ...base,
          time: Date.UTC(2026, 10, 3, 15, 15),
          pieces: 7,
          weightKg: 349.3,
          at: `${path}/AssociatedStatusConsignment[0]`,
        },
        {
          ...base,
          time: Date.UTC(2026, 10, 4, 9),
          pieces: 3,
          weightKg: null,
          at: `${path}/AssociatedStatusConsignment[1]`,
        },
      ],
      skipped: [],
    });
  });

  it('names the XML path of every error', () => {
    const bad = part(2, '<GrossWeightMeasure unitCode="TNE">1</GrossWeightMeasure>', 'LG', '14 March 2026');
    expect(parseXfsu(delivered(bad, '176-12345670'), { now })).toEqual({
      ok: false,
      errors: [
        'StatusMessage/MasterConsignment/TransportContractDocument/ID: check digit of "176-12345670" should be 5 (first 7 digits of the serial mod 7)',
        `${path}/AssociatedStatusConsignment/SpecifiedLocation/ID: expected a 3-letter IATA code, got "LG"`,
        `${path}/AssociatedStatusConsignment/SpecifiedEvent/OccurrenceDateTime: expected a date and time like "2026-03-14T06:15:00", got "14 March 2026"`,
        `${path}/AssociatedStatusConsignment/GrossWeightMeasure: unitCode "TNE" should be KGM (kilograms) or LBR (pounds)`,
      ],
    });
    expect(parseXfsu(delivered('<AssociatedStatusConsignment/>', '077-12345675', 'XYZ'), { now })).toEqual({
      ok: false,
      errors: [`${path}/ReasonCode: unknown status code "XYZ"`],
    });
    expect(
      parseXfsu(
        delivered(
          '<AssociatedStatusConsignment><PieceQuantity>3</PieceQuantity></AssociatedStatusConsignment>',
        ),
        { now },
      ),
    ).toEqual({
      ok: false,
      errors: [
        `${path}/AssociatedStatusConsignment/SpecifiedLocation/ID: missing (where it happened)`,
        `${path}/AssociatedStatusConsignment/SpecifiedEvent/OccurrenceDateTime: missing (when it happened)`,
      ],
    });
  });

  it('refuses what is not a status message', () => {
    expect(
      parseXfsu('<rsm:Waybill xmlns:rsm="iata:waybill:1"><rsm:MasterConsignment/></rsm:Waybill>', { now }),
    ).toEqual({
      ok: false,
      errors: ['expected a StatusMessage, got "Waybill"'],
    });
    expect(parseXfsu('<StatusMessage><MasterConsignment></StatusMessage>', { now })).toEqual({
      ok: false,
      errors: [
        "not XML: Expected closing tag 'MasterConsignment' (opened in line 1, col 16) instead of closing tag 'StatusMessage'. (line 1, column 35)",
      ],
    });
  });

  it('refuses DOCTYPEs (no entity is ever expanded) and messages over 1 MiB', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE StatusMessage [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<StatusMessage><MasterConsignment><TransportContractDocument><ID>&b;</ID></TransportContractDocument></MasterConsignment></StatusMessage>`;
    expect(parseXfsu(laughs, { now })).toEqual({
      ok: false,
      errors: ['refused: a DOCTYPE declaration (status messages have none; entities are not expanded)'],
    });
    const big = `<StatusMessage>${' '.repeat(1024 * 1024)}</StatusMessage>`;
    expect(parseXfsu(big, { now })).toEqual({
      ok: false,
      errors: [`refused: ${big.length} bytes is over the 1048576 bytes (1 MiB) allowed`],
    });
  });
});
