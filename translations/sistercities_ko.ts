<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>cli</name>
    <message>
        <source>Usage: sistercities-cli [--db FILE] [--lang zh|ja|ko|en] [--read-only] COMMAND ...

Commands:
  init --db FILE [--empty]   create a database (bundled dataset, or schema only)
  pairings [filters] [--count] [--format table|csv|json]
  stats [--format table|json]
  build-dataset --facts DIR --out FILE

Filters: --country CC (twice: one city in each), --division CODE|NAME,
  --region east|central|west, --from YEAR, --to YEAR, --undated,
  --status active|dormant|ended, --kind KIND, --search TEXT

Without --db the user&apos;s own database is used (created on first start).
&apos;sistercities-cli COMMAND --help&apos; describes a command.
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Create the schema only, without the bundled dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database: the bundled dataset, or the schema only. Refuses an existing file.</source>
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
    <name>sc</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
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
    <name>sc::MainWindow</name>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>&amp;About Sister Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Sister Cities — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
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
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
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
</TS>
