import { describe, expect, it } from "vitest";
import { csvRecords, parseCsv, toCsv } from "./csv";

describe("csv", () => {
  it("round-trips quotes, commas and line breaks", () => {
    const text = toCsv(
      ["a", "b"],
      [
        ["x, y", 'say "hi"'],
        ["line\nbreak", 3],
      ],
    );
    expect(parseCsv(text)).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["line\nbreak", "3"],
    ]);
  });

  it("neutralises formulas but keeps negative numbers", () => {
    expect(toCsv(["v"], [["=SUM(A1)"], ["-5"], ["-2.50"]])).toBe("v\r\n'=SUM(A1)\r\n-5\r\n-2.50\r\n");
  });

  it("quotes a cell a semicolon- or tab-separated spreadsheet would split into a formula", () => {
    expect(toCsv(["name"], [["Bob;=1+1"], ["Ann\t@SUM(A1)"]])).toBe('name\r\n"Bob;=1+1"\r\n"Ann\t@SUM(A1)"\r\n');
    expect(parseCsv(toCsv(["name"], [["Bob;=1+1"]]))).toEqual([["name"], ["Bob;=1+1"]]);
  });

  it("neutralises full-width formula characters too", () => {
    expect(toCsv(["v"], [["＝1+1"], ["＋1"], ["－1"], ["＠A1"]])).toBe("v\r\n'＝1+1\r\n'＋1\r\n'－1\r\n'＠A1\r\n");
  });

  it("takes the export's quote off again on import, so text round-trips exactly", () => {
    const texts = [
      "- waterproof",
      "=SUM(A1)",
      "+44 20",
      "@home",
      "\tindented",
      "＝1+1",
      "'=already quoted",
      "''-twice",
      "-5",
      "It's fine",
      "'plain quote",
    ];
    const { records } = csvRecords(
      toCsv(
        ["v"],
        texts.map((t) => [t]),
      ),
    );
    expect(records.map((r) => r.values.v)).toEqual(texts);
  });

  it("reads records by header with line numbers, skipping blank lines and a BOM", () => {
    const { records } = csvRecords("\uFEFFSKU,Price\r\nA-1, 10 \r\n\r\nB-2,5\n");
    expect(records).toEqual([
      { line: 2, values: { sku: "A-1", price: "10" } },
      { line: 4, values: { sku: "B-2", price: "5" } },
    ]);
  });

  it("refuses an unterminated quote", () => {
    expect(() => parseCsv('a\n"open')).toThrow();
  });

  it("refuses text after a closing quote, naming its line, instead of guessing what the file meant", () => {
    expect(() => csvRecords('sku,name\nA-1,Mug\nB-2,"Trail" Mug\n')).toThrow(
      'Line 3: a quoted field goes on after its closing quote. Write a quote inside a quoted field as two quotes ("").',
    );
    expect(() => csvRecords('sku\n"open')).toThrow("The file ends inside a quoted field.");
  });

  it("reads files as people type them: mixed line ends, short rows, a bare inch mark, spaces around a quoted field", () => {
    const { records } = csvRecords('sku,name,price\r\nA-1,12" pan\nB-2\rC-3 , "Mug, blue" ,5,extra\n');
    expect(records).toEqual([
      { line: 2, values: { sku: "A-1", name: '12" pan', price: "" } },
      { line: 3, values: { sku: "B-2", name: "", price: "" } },
      { line: 4, values: { sku: "C-3", name: "Mug, blue", price: "5" } },
    ]);
  });

  it("writes a lone CR or LF and other values exactly as before", () => {
    expect(
      toCsv(
        ["a", "b", "c"],
        [
          ["x\ry", true, null],
          [0, false, undefined],
        ],
      ),
    ).toBe('a,b,c\r\n"x\ry",true,\r\n0,false,\r\n');
    expect(parseCsv(toCsv(["a"], [["x\ry"], ["p\nq"]]))).toEqual([["a"], ["x\ry"], ["p\nq"]]);
  });
});
