<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ValueText</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sister city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friendship city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friendship and exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;sistercities-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of names and messages: zh, ja, ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database so that nothing can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes zh, ja, ko or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of fact files (resources/dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile fact files into a new database (how the bundled dataset is built).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build-dataset needs --facts DIR and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cities, %3 pairings, %4 sources, %5 survey tallies, %6 published statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a year, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init cannot be --read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no operands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 pairings, %3 cities, %4 countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pairings that match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected operand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of what the database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes no operands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sistercities-cli [--db FILE] [--lang zh|ja|ko|en] [--read-only] COMMAND ...

Commands:
  init --db FILE [--empty]   create a database (bundled dataset, or reference tables only)
  pairings [filters] [--count] [--format table|csv|json]
  stats [--format table|json]
  build-dataset --facts DIR --out FILE
  figures list | data --id figN [filters] [--format csv|json]
  figures export [--id figN] [filters] [--format png|svg|pdf] [--dpi N]
          [--width PX] [--height PX] --out DIR
  import [--table pairings|cities] FILE [--dry-run] [--strict] [--encoding E]
  export [--table pairings|cities] --out FILE [filters] [--format csv|json]
  check-report [--format table|csv|json]   published statistics against the database

Filters: --country CC (twice: one city in each), --division CODE|NAME,
  --region east|central|west, --from YEAR, --to YEAR, --undated,
  --status active|dormant|ended, --kind KIND, --search TEXT

Without --db the user&apos;s own database is used (created on first start).
&apos;sistercities-cli COMMAND --help&apos; describes a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every published statistic beside what the database gives for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-report takes no operands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the reference tables only (countries and divisions), without the register or the survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database: the bundled dataset, or its reference tables only. Refuses an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sister cities of China, Japan and Korea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database so that nothing can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister Cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::AboutDataDialog</name>
    <message>
        <source>About the Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds %1 pairings (%2 with a known date) between %3 cities in %4 countries, read from %5 sources; the 2018 survey; and %6 published statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled register is compiled from CLAIR&apos;s sister-city pages (自治体国際化協会), the pages of cities, prefectures and news sites, English Wikipedia&apos;s lists of twin towns (CC BY-SA 4.0; undated pairs), China&apos;s GB/T 2260 division codes and Japan&apos;s municipality list. Country names come from Unicode CLDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey and the published numbers are those of the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong University). Where the report does not state a count it stays empty, never zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known gaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register holds fewer dated pairs than CPAFFC&apos;s count (251 China–Japan and 182 China–Korea pairs at the end of 2017); most pairs from Wikipedia have no date; a few cities could not be placed in their province. Every gap is shown as unknown. View → Compare with the Report shows each difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pairing names its source; the detail pane links to it. The full notes are in docs/DATA.md.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ChartBuilder</name>
    <message>
        <source>Published value</source>
        <translation>公表値</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>その他（%1）</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>；ほか %1 件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>データ出所：%1</translation>
    </message>
    <message>
        <source>Red squares: values the report or another publication states.</source>
        <translation>赤い四角：報告書またはその他の刊行物が公表した値。</translation>
    </message>
</context>
<context>
    <name>sc::CityDialog</name>
    <message>
        <source>Edit City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Native name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the city writes it (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees north, -90 to 90; empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees east, -180 to 180; empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the city&apos;s data was read (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: no source is called “%1”: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This city was deleted elsewhere since you opened it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This city was changed elsewhere since you opened it; nothing was saved and your input is kept.

Now stored:
%1

Yours:
%2

Press OK again to save yours over it, or Cancel to keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::CityImporter</name>
    <message>
        <source>&quot;%1&quot; is not a level: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same city as line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already in %2 (city %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::CityRepository</name>
    <message>
        <source>a city needs its native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the division %1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city %1 was changed by someone else since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>city %1 still has %n pairing(s); remove or move them first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>city %1 was changed or removed by someone else since it was read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::CsvReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that opens on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote: quote the whole field and double the quotes inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not valid %1 (the encoding was detected; give the file&apos;s encoding if it is another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file may not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sister Cities (schema %2; this version reads up to %3); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the older schema %2 and cannot be upgraded read-only; open it once with write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (%2): nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::DatasetCompiler</name>
    <message>
        <source>no source has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Chinese division needs its region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no city has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a city cannot be paired with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pairing has the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::DecodedText</name>
    <message>
        <source>&quot;%1&quot; is not an encoding this program can read; use %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::DetailPane</name>
    <message>
        <source>This pairing no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pairing to see its cities, date and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pairing&apos;s source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::EstablishedDate</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ExportDialog</name>
    <message>
        <source>Every city of the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 pairings (no filter is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cities of the %1 pairings the filters show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 pairings the filters show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City names in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished">書き出し：</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities of these pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished">形式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::Exporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::FigureCatalog</name>
    <message>
        <source>Shares of China&apos;s sister cities by country and region</source>
        <translation>中国と各国・地域との姉妹都市・友好都市数の割合</translation>
    </message>
    <message>
        <source>Cumulative number of China&apos;s sister cities by year</source>
        <translation>中国の姉妹都市・友好都市数の年別累計</translation>
    </message>
    <message>
        <source>New China–Japan sister cities per year</source>
        <translation>日中の新規姉妹都市・友好都市数の推移</translation>
    </message>
    <message>
        <source>New China–Korea sister cities per year</source>
        <translation>中韓の新規姉妹都市・友好都市数の推移</translation>
    </message>
    <message>
        <source>Number of sister cities by Chinese province</source>
        <translation>中国の省別姉妹都市・友好都市数</translation>
    </message>
    <message>
        <source>China–Japan sister cities by province of the Chinese city</source>
        <translation>日中姉妹都市・友好都市における中国側都市の省別分布</translation>
    </message>
    <message>
        <source>China–Japan sister cities by region of the Chinese city</source>
        <translation>日中姉妹都市・友好都市における中国側都市の地域別分布</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Chinese city</source>
        <translation>中韓姉妹都市・友好都市における中国側都市の省別分布</translation>
    </message>
    <message>
        <source>Chinese cities&apos; assessment of exchanges with their Japanese and Korean sister cities</source>
        <translation>中国側都市による日韓の姉妹都市・友好都市との交流の評定</translation>
    </message>
    <message>
        <source>Chinese cities&apos; evaluation of China–Japan sister-city exchanges</source>
        <translation>中国側都市による日中姉妹都市・友好都市交流の評価</translation>
    </message>
    <message>
        <source>Chinese cities&apos; evaluation of exchanges with their Japanese and Korean sister cities</source>
        <translation>中国側都市による日韓の姉妹都市・友好都市との交流の評価</translation>
    </message>
    <message>
        <source>The report prints this caption, but the text around the figure is about the 66 questionnaires on China–Korea pairs, which is what the figure shows.</source>
        <translation>報告書はこの図題を印刷しているが、図の周りの本文は中韓の姉妹都市・友好都市に関する66件の調査票について述べており、本図はそれを示す。</translation>
    </message>
    <message>
        <source>Chinese and Japanese cities&apos; evaluation of China–Japan–Korea sister cities compared</source>
        <translation>日中韓の姉妹都市・友好都市の現状に対する中国側都市と日本側都市の評価の比較</translation>
    </message>
    <message>
        <source>Trend in the number of China–Japan and China–Korea sister-city activities</source>
        <translation>日中・中韓の姉妹都市・友好都市の交流活動数の傾向</translation>
    </message>
    <message>
        <source>Chinese cities&apos; purposes in establishing sister cities</source>
        <translation>中国側都市の提携目的</translation>
    </message>
    <message>
        <source>Japanese cities&apos; purposes in establishing sister cities</source>
        <translation>日本側都市の提携目的</translation>
    </message>
    <message>
        <source>Exchange activities carried out by Chinese cities</source>
        <translation>中国側都市が行っている交流活動</translation>
    </message>
    <message>
        <source>Exchange activities carried out by Japanese cities</source>
        <translation>日本側都市が行っている交流活動</translation>
    </message>
    <message>
        <source>Sister-city exchanges during periods of bilateral tension</source>
        <translation>二国間関係が緊張した時期の姉妹都市・友好都市交流</translation>
    </message>
    <message>
        <source>Not a figure of the report: §3.1 states these percentages in its text, without counts.</source>
        <translation>報告書の図ではない：§3.1 が本文中でこれらの割合を示しており、件数は示していない。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>図 %1</translation>
    </message>
</context>
<context>
    <name>sc::FigureExportDialog</name>
    <message>
        <source>PNG: %1 × %2 pixels. File names say the figure and the language (fig03-zh.png).</source>
        <translation>PNG：%1 × %2 ピクセル。ファイル名は図と言語を示す（fig03-zh.png）。</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>図の書き出し</translation>
    </message>
    <message>
        <source>This figure</source>
        <translation>この図</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>すべての図</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>書き出し：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>幅：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高さ：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解像度：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダ：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
</context>
<context>
    <name>sc::FigureExporter</name>
    <message>
        <source>the image could not be encoded</source>
        <translation>画像をエンコードできません</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>フォルダを作成できません</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels is not a figure size: use 16 to 20000 pixels a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution: use 36 to 2400</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::FigureGallery</name>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>フォルダ「%1」を作成できません</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Export this figure or all figures as PNG, SVG or PDF</source>
        <translation>この図またはすべての図を PNG・SVG・PDF で書き出す</translation>
    </message>
    <message>
        <source>Copy the figure to the clipboard as an image</source>
        <translation>図を画像としてクリップボードにコピー</translation>
    </message>
    <message>
        <source>Your selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::FigureQuery</name>
    <message>
        <source>there is no figure &quot;%1&quot;: use fig1 … fig17 or tension</source>
        <translation>図「%1」はありません：fig1 … fig17 または tension を使ってください</translation>
    </message>
</context>
<context>
    <name>sc::FigureTableModel</name>
    <message>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>姉妹都市・友好都市（組）</translation>
    </message>
    <message>
        <source>Published %</source>
        <translation>公表された割合</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公表値</translation>
    </message>
</context>
<context>
    <name>sc::FigureText</name>
    <message>
        <source>East</source>
        <translation>東部</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>中部</translation>
    </message>
    <message>
        <source>West</source>
        <translation>西部</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>First-level division</source>
        <translation>第一級行政区画</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>New pairs</source>
        <translation>新規提携数</translation>
    </message>
    <message>
        <source>Pairs, cumulative</source>
        <translation>提携数（累計）</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>姉妹都市・友好都市（組）</translation>
    </message>
    <message>
        <source>Percentage of respondents (multiple choice)</source>
        <translation>回答に占める割合（複数回答）</translation>
    </message>
    <message>
        <source>Percentage of respondents, as published</source>
        <translation>回答に占める割合（公表値）</translation>
    </message>
    <message>
        <source>Percentage of respondents</source>
        <translation>回答に占める割合</translation>
    </message>
    <message>
        <source>Sister cities of %1 by partner country</source>
        <translation>%1の姉妹都市・友好都市の相手国別内訳</translation>
    </message>
    <message>
        <source>New sister cities per year: %1</source>
        <translation>新規姉妹都市・友好都市数の推移：%1</translation>
    </message>
    <message>
        <source>Sister cities by year, cumulative: %1</source>
        <translation>姉妹都市・友好都市数の年別累計：%1</translation>
    </message>
    <message>
        <source>Sister cities %1 by division of the city in %2</source>
        <translation>%1の姉妹都市・友好都市の%2側都市の行政区画別分布</translation>
    </message>
    <message>
        <source>Sister cities %1 by region of the Chinese city</source>
        <translation>%1の姉妹都市・友好都市における中国側都市の地域別分布</translation>
    </message>
    <message>
        <source>%1 matching pairs have no known date and cannot appear on the year axis.</source>
        <translation>条件に合う %1 組は締結日が不明のため、年の軸に表示できません。</translation>
    </message>
    <message>
        <source>%1 matching pairs have no known division for the home city and are not shown.</source>
        <translation>条件に合う %1 組は自国側都市の行政区画が不明のため、表示していません。</translation>
    </message>
    <message>
        <source>%1 matching pairs have no Chinese city of known region and are not shown.</source>
        <translation>条件に合う %1 組は中国側都市の地域が不明のため、表示していません。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1年以降</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1年まで</translation>
    </message>
    <message>
        <source>undated pairs only</source>
        <translation>締結日不明のもののみ</translation>
    </message>
    <message>
        <source>%1: the stated counts sum to %2 of %3; the rest is not stated.</source>
        <translation>%1：公表された件数の合計は %3 件中 %2 件で、残りは記載がない。</translation>
    </message>
    <message>
        <source>%1: the source states no count for “%2”.</source>
        <translation>%1：出所は「%2」の件数を示していない。</translation>
    </message>
    <message>
        <source>%1: the stated percentages sum to %2 %; the source does not account for the rest.</source>
        <translation>%1：公表された割合の合計は %2% で、残りについて出所は説明していない。</translation>
    </message>
    <message>
        <source>Survey figures do not follow the pairing filters.</source>
        <translation>調査の図は姉妹都市・友好都市の絞り込み条件に従わない。</translation>
    </message>
    <message>
        <source>division: %1</source>
        <translation>行政区画：%1</translation>
    </message>
    <message>
        <source>region: %1</source>
        <translation>地域：%1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>種類：%1</translation>
    </message>
    <message>
        <source>search: “%1”</source>
        <translation>検索：「%1」</translation>
    </message>
</context>
<context>
    <name>sc::FilterPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paired with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches a city name in Chinese, Japanese, Korean or English as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every pairing (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs with a city in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division: %1</source>
        <translation type="unfinished">行政区画：%1</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established in %1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>established in %1 or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished">状態：%1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation type="unfinished">種類：%1</translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every pairing is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any name, any language (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ImportDialog</name>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row against the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled: nothing can be imported until it has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems (in red above): nothing can be imported until they are fixed in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1): nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read as %2: %3 to add, %4 new cities, %5 new sources. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse cities the register does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, a city the register does not have is created with the name the file gives, and listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows, as read (rows with a problem are marked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and notes from checking every row:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ImportSession</name>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no header row and no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name, and would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;, which would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds the control character U+%1, which no such field may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country code &quot;%1&quot; (ISO 3166-1 alpha-2, such as CN, JP, KR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown division &quot;%1&quot; in %2 (an ISO 3166-2 code or a name in any language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ListingTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">地域</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">年</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Pairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;City…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find City…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sister Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message>
        <source>Sister Cities — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairings · %3 cities · %4 countries · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sister Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sister Cities %1&lt;/h3&gt;&lt;p&gt;The sister-city relationships between China, Japan and Korea, after the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong University).&lt;/p&gt;&lt;p&gt;Every pairing carries its source.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. %1 brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::PairingDialog</name>
    <message>
        <source>Edit Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the date is, e.g. the signing of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this pairing was read (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a city name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no city is called “%2”. Create it, or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cities are called “%3”: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: no source is called “%1”: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">データ出所：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing was deleted elsewhere since you opened it; nothing was saved. Cancel, or copy your input first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing was changed elsewhere since you opened it; nothing was saved and your input is kept.

Now stored:
%1

Yours:
%2

Press OK again to save yours over it, or Cancel to keep what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::PairingFilter</name>
    <message>
        <source>at most two countries can be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region: use east, central or west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year range %1–%2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated pairs have no year: a year range and &quot;undated only&quot; exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::PairingRepository</name>
    <message>
        <source>a pairing needs two cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a city cannot be paired with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pairing needs a source: say where it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these two cities are paired already (pairing %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing %1 was changed by someone else since it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing %1 was changed or removed by someone else since it was read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::PairingTableModel</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation type="unfinished">相手国</translation>
    </message>
    <message>
        <source>Partner division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::RecordCommand</name>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::RecordEditor</name>
    <message>
        <source>%1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pairing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit city %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add city %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pairing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete City</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n pairing(s): delete or change them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete city %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::RecordSnapshot</name>
    <message>
        <source>pairing %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 has been used by another record meanwhile; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these two cities have been paired again meanwhile (pairing %1); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ReferenceData</name>
    <message>
        <source>no division is called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several divisions (%2): give the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country is called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ReportCheck</name>
    <message>
        <source>the register holds %1 of %2; %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register holds %1 more than published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them undated, counted whatever their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register holds no pairs to take a share of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s pairs in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries with a pair with China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s pairs with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1 in China&apos;s pairs (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank of %1 among China&apos;s partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s pairs with Asian countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register records no continent for countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1 in China&apos;s pairs with Asia (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s pairs worldwide, by its own count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1 in %2&apos;s pairs (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank of %1 among %2&apos;s partner countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register holds %1&apos;s pairs with China only, not with the rest of the world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New China–Japan pairs, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New China–Korea pairs, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New China–Korea pairs a year on average, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dated pairs in %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s pairs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s pairs with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank of %1 among Chinese provinces by pairs with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s pairs in the %1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the %1 region in China&apos;s pairs with %2 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pairs whose Chinese city&apos;s region is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New China–Korea pairs %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no definition of this statistic in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eastern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>western</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ReportCheckModel</name>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished">図</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">公表値</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::ReportCheckView</name>
    <message>
        <source>Every number the report (and a few other publications) states, beside what the open database gives for the same definition. Pairs of unknown date are counted whatever their date; statistics the register cannot answer say why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::RowImporter</name>
    <message>
        <source>missing city name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 cities in %3: give the division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 cities in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no city is called &quot;%1&quot; in %2 (strict: new cities are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new city &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing source: give the URL or title where the pairing was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a city cannot be paired with itself (&quot;%1&quot; on both sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same pair as line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these two cities are paired already (pairing %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::SourceRepository</name>
    <message>
        <source>a source needs a title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::SqliteDialect</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated (its SQLite header is incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is held by another program that lets no one else read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish in time; nothing was written: try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver gives no sqlite3 handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot register the collation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::SurveyFigureQuery</name>
    <message>
        <source>the survey &quot;%1&quot; has no group &quot;%2&quot;</source>
        <translation>調査「%1」にグループ「%2」はありません</translation>
    </message>
    <message>
        <source>the survey &quot;%1&quot; has no question &quot;%2&quot;</source>
        <translation>調査「%1」に質問「%2」はありません</translation>
    </message>
</context>
<context>
    <name>sc::TsvTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: the header must be &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where the header has %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::bundled</name>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sc::cli</name>
    <message>
        <source>pairings (default) or cities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (- for stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pairings the filters select, or the cities of those pairings (all cities without filters), as CSV or JSON that import reads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table takes pairings or cities, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected operand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a positive number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure: fig1 … fig17 or tension (export: all when omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data/export: a chart of the filtered pairings instead of a report figure: per-year, cumulative, by-country, by-division or by-region. The first --country is the home side (default CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: table or json; data: csv or json; export: png, svg or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in millimetres at --dpi (default 160).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in millimetres at --dpi (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s figures: figures list | data --id ID [filters] [--format csv|json] | export [--id ID] [filters] [--format png|svg|pdf] [--dpi N] [--width PX] [--height PX] --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures takes one of list, data or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures list: --format takes table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown figures action &quot;%1&quot;: use list, data or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id and --custom exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no figure &quot;%1&quot;: see &apos;figures list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--custom takes per-year, cumulative, by-country, by-division or by-region, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures data needs --id (or --custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures data: --format takes csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures export needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures export: --format takes png, svg or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width-mm and --height-mm take positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation type="unfinished">フォルダ「%1」を作成できません</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot; or tab, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row against the database; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse cities the register does not have, rather than create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding: UTF-8, GB18030, Shift_JIS or EUC-KR (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or tab (default: from the header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file of pairings or cities, all or nothing: a file with any bad row is refused whole, with every problem named by file:line:column. See docs/IMPORT.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written (problems found: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 %2 of %3 would be imported (%4 new cities, %5 new sources; read as %6); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 %2 from %3 (%4 new cities, %5 new sources; read as %6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
