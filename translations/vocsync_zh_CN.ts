<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChunkCodec</name>
    <message>
        <source>minimums</source>
        <translation>最小值序列</translation>
    </message>
    <message>
        <source>maximums</source>
        <translation>最大值序列</translation>
    </message>
    <message>
        <source>firsts</source>
        <translation>首值序列</translation>
    </message>
    <message>
        <source>lasts</source>
        <translation>末值序列</translation>
    </message>
    <message>
        <source>sums</source>
        <translation>累加和序列</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>计数序列</translation>
    </message>
    <message>
        <source>count is 0 in every aggregate, expected a quantity of the mask at least once</source>
        <translation>所有聚合记录的计数均为 0，掩码中的物理量应至少出现一次</translation>
    </message>
    <message>
        <source>timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>sample counts</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>expected %1, but the blob ends after %2 bytes</source>
        <translation>应为%1，但数据块在 %2 字节后结束</translation>
    </message>
    <message>
        <source>expected %1 as a varint of at most 64 bits</source>
        <translation>%1 应为不超过 64 位的变长整数</translation>
    </message>
    <message>
        <source>expected %1 of %2 bytes, but only %3 are left</source>
        <translation>%1 应有 %2 字节，但仅剩 %3 字节</translation>
    </message>
    <message>
        <source>%1 %2 is invalid: expected %3</source>
        <translation>%1 %2 无效：应为 %3</translation>
    </message>
    <message>
        <source> (in %1 of %2)</source>
        <translation>（位于 %2 的%1）</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation>（位于%1）</translation>
    </message>
    <message>
        <source>quality runs</source>
        <translation>质量标志游程</translation>
    </message>
    <message>
        <source>run count</source>
        <translation>游程数</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>quality value</source>
        <translation>质量标志值</translation>
    </message>
    <message>
        <source>run length</source>
        <translation>游程长度</translation>
    </message>
    <message>
        <source>1..%1</source>
        <translation>1..%1</translation>
    </message>
    <message>
        <source>quality runs cover %1 samples, expected %2</source>
        <translation>质量标志游程覆盖 %1 个样本，应为 %2 个</translation>
    </message>
    <message>
        <source>presence runs</source>
        <translation>存在位游程</translation>
    </message>
    <message>
        <source>expected an empty mask in an empty chunk</source>
        <translation>空数据块的掩码应为空</translation>
    </message>
    <message>
        <source>0 or 2..%1</source>
        <translation>0 或 2..%1</translation>
    </message>
    <message>
        <source>%1..%2</source>
        <translation>%1..%2</translation>
    </message>
    <message>
        <source>presence runs cover %1 samples with %2 present, expected %3 samples with at least one present</source>
        <translation>存在位游程覆盖 %1 个样本、其中 %2 个有值，应为 %3 个样本且至少一个有值</translation>
    </message>
    <message>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>format version byte</source>
        <translation>格式版本字节</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>chunk kind byte</source>
        <translation>数据块类型字节</translation>
    </message>
    <message>
        <source>chunk kind</source>
        <translation>数据块类型</translation>
    </message>
    <message>
        <source>0x53 (samples)</source>
        <translation>0x53（样本）</translation>
    </message>
    <message>
        <source>0x41 (aggregates)</source>
        <translation>0x41（聚合）</translation>
    </message>
    <message>
        <source>item count</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>at most %1 for the %2 bytes that follow</source>
        <translation>对于后续 %2 字节，不超过 %1</translation>
    </message>
    <message>
        <source>quantity mask</source>
        <translation>物理量掩码</translation>
    </message>
    <message>
        <source>bits 0-4 only</source>
        <translation>仅限第 0–4 位</translation>
    </message>
    <message>
        <source>expected the end of the blob, found %1 more bytes</source>
        <translation>应到达数据块末尾，但还有 %1 字节</translation>
    </message>
    <message>
        <source>stream mode byte</source>
        <translation>数据流模式字节</translation>
    </message>
    <message>
        <source>first value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>first delta</source>
        <translation>首个差值</translation>
    </message>
    <message>
        <source>block header</source>
        <translation>分组头</translation>
    </message>
    <message>
        <source>block bit width</source>
        <translation>分组位宽</translation>
    </message>
    <message>
        <source>block base</source>
        <translation>分组基准值</translation>
    </message>
    <message>
        <source>block payload</source>
        <translation>分组数据</translation>
    </message>
    <message>
        <source>order 0..2 in bits 0-1, reference 0..%1 in bits 2-3, bits 4-7 zero</source>
        <translation>第 0–1 位为阶数 0..2，第 2–3 位为参考值 0..%1，第 4–7 位为 0</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VocSync: supervision of VOC pollution-control facilities.</source>
        <translation>VocSync：VOCs 污染治理设施监管工作站。</translation>
    </message>
    <message>
        <source>Run on the built-in demo plant with simulated meters (7 days of history are generated).</source>
        <translation>使用内置演示工厂和模拟电表运行（自动生成 7 天历史数据）。</translation>
    </message>
    <message>
        <source>Use this station database.</source>
        <translation>使用指定的站点数据库。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Once data is shown, save the main window to this PNG file and quit.</source>
        <translation>数据显示后，将主窗口截图保存为该 PNG 文件并退出。</translation>
    </message>
    <message>
        <source>Start on this page: overview or trend.</source>
        <translation>启动时显示的页面：overview（总览）或 trend（趋势）。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Show the trend of this facility id.</source>
        <translation>显示指定设施编号的趋势。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::SimulatedSource</name>
    <message>
        <source>Demo plant simulator</source>
        <translation>演示工厂模拟器</translation>
    </message>
    <message numerus="yes">
        <source>simulating %n monitoring point(s)</source>
        <translation>
            <numerusform>正在模拟 %n 个监测点</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>vocsync::cli</name>
    <message>
        <source>Try &apos;vocsync-cli %1 --help&apos;.</source>
        <translation>请尝试 &apos;vocsync-cli %1 --help&apos;。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>the database already holds a plant that is not the demo plant (%1); use a new database file for the demo</source>
        <translation>数据库中已有非演示工厂的配置（%1）；请为演示使用新的数据库文件</translation>
    </message>
    <message>
        <source>no demo facility &apos;%1&apos;</source>
        <translation>演示工厂中没有设施“%1”</translation>
    </message>
    <message>
        <source>no demo point &apos;%1&apos;</source>
        <translation>演示工厂中没有监测点“%1”</translation>
    </message>
    <message>
        <source>point &apos;%1&apos; has no storage key</source>
        <translation>监测点“%1”没有存储键</translation>
    </message>
    <message>
        <source>%1 points instead of the demo&apos;s %2</source>
        <translation>监测点数为 %1，而演示工厂应为 %2</translation>
    </message>
    <message>
        <source>vocsync-cli demo --days N --db FILE [--seed S] [--end TIME]

Fills the database with N days of 10-second samples of the simulated demo plant (four enterprises in Huzhou, Zhejiang), ending at TIME (default: now). An empty or new database gets the demo plant configuration first. The simulator is deterministic: the same seed and times give the same samples, and its injected anomalies (late start, idling, slowdown, abnormal stop, not started, early stop, silent meter) are printed as ground truth. Prints one JSON object; progress goes to stderr.</source>
        <translation>vocsync-cli demo --days N --db FILE [--seed S] [--end TIME]

用模拟演示工厂（浙江湖州的四家企业）N 天、每 10 秒一条的样本填充数据库，截止于 TIME（默认：当前时间）。空数据库或新数据库会先写入演示工厂配置。模拟器是确定性的：相同的种子和时间产生相同的样本；其注入的异常（治污设施滞后开启、空转、降频运行、异常停运、未开启、提前停运、电表无数据）作为基准真值输出。输出一个 JSON 对象；进度信息写入 stderr。</translation>
    </message>
    <message>
        <source>Days of history (1-%1).</source>
        <translation>历史数据天数（1–%1）。</translation>
    </message>
    <message>
        <source>Station database (SQLite file).</source>
        <translation>站点数据库（SQLite 文件）。</translation>
    </message>
    <message>
        <source>Simulator seed (default %1).</source>
        <translation>模拟器种子（默认 %1）。</translation>
    </message>
    <message>
        <source>End of the history, ISO 8601 (e.g. 2026-11-24T08:00+08:00; without an offset in the station&apos;s time zone). Rounded down to 10 s. Default: now.</source>
        <translation>历史数据的截止时间，ISO 8601 格式（例如 2026-11-24T08:00+08:00；不带时区偏移时按站点时区解释），向下取整到 10 秒。默认：当前时间。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--days N is required</source>
        <translation>必须指定 --days N</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>必须指定 --db FILE</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--days 必须是 1 到 %1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &apos;%1&apos;</source>
        <translation>--seed 必须是非负整数，而不是“%1”</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 samples in %2 s (%3 samples/s)</source>
        <translation>%2 秒内写入 %1 条样本（%3 条/秒）</translation>
    </message>
    <message>
        <source>the writer refused %1 samples: %2</source>
        <translation>写入线程拒收了 %1 条样本：%2</translation>
    </message>
    <message>
        <source>vocsync-cli plant import --db FILE PLANT.json

Checks the plant file completely (docs/plant-json.md), then replaces the configuration stored in the database with it in one transaction; creates the database if it does not exist. Points keep their storage keys (and samples) when their id already exists. A point that still has samples cannot be removed. Prints one JSON object with the counts.</source>
        <translation>vocsync-cli plant import --db FILE PLANT.json

完整检查工厂配置文件（docs/plant-json.md），然后在一个事务中用它替换数据库中存储的配置；数据库不存在时自动创建。编号已存在的监测点保留其存储键（及样本）。仍有样本的监测点不能删除。输出一个包含各项数量的 JSON 对象。</translation>
    </message>
    <message>
        <source>The plant file.</source>
        <translation>工厂配置文件。</translation>
    </message>
    <message>
        <source>expected one plant file, got %1</source>
        <translation>应指定一个工厂配置文件，实际为 %1 个</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>vocsync-cli plant export --db FILE [-o OUT]

Writes the plant configuration stored in the database as a plant file (docs/plant-json.md), to standard output or to OUT.</source>
        <translation>vocsync-cli plant export --db FILE [-o OUT]

将数据库中存储的工厂配置导出为工厂配置文件（docs/plant-json.md），写到标准输出或 OUT。</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>写入该文件而不是标准输出。</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>Usage: vocsync-cli plant import --db FILE PLANT.json
       vocsync-cli plant export --db FILE [-o OUT]

Imports or exports the plant configuration as JSON (docs/plant-json.md).
Run &apos;vocsync-cli plant import --help&apos; for an action&apos;s options.
</source>
        <translation>用法：vocsync-cli plant import --db FILE PLANT.json
      vocsync-cli plant export --db FILE [-o OUT]

以 JSON 格式导入或导出工厂配置（docs/plant-json.md）。
运行 &apos;vocsync-cli plant import --help&apos; 查看各操作的选项。
</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>无法写入输出</translation>
    </message>
    <message>
        <source>vocsync-cli samples export --db FILE [--point ID] [--from T] [--to T] [-o OUT]

Writes stored samples as CSV (docs/samples-csv.md): one point, or all points ordered by id, each in time order. T is ISO 8601 (2026-11-24T08:00:00+08:00; without an offset the station&apos;s zone); --from is inclusive, --to exclusive.</source>
        <translation>vocsync-cli samples export --db FILE [--point ID] [--from T] [--to T] [-o OUT]

将存储的样本导出为 CSV（docs/samples-csv.md）：单个监测点，或按编号排序的全部监测点，各监测点按时间顺序。T 为 ISO 8601 格式（2026-11-24T08:00:00+08:00；不带时区偏移时按站点时区解释）；--from 包含该时刻，--to 不包含。</translation>
    </message>
    <message>
        <source>Only this monitoring point.</source>
        <translation>仅导出该监测点。</translation>
    </message>
    <message>
        <source>First time (inclusive).</source>
        <translation>起始时间（包含）。</translation>
    </message>
    <message>
        <source>End time (exclusive).</source>
        <translation>结束时间（不包含）。</translation>
    </message>
    <message>
        <source>unknown point &apos;%1&apos;</source>
        <translation>未知监测点“%1”</translation>
    </message>
    <message>
        <source>vocsync-cli samples import --db FILE SAMPLES.csv

Imports samples from CSV (docs/samples-csv.md) into a database that already holds the plant (vocsync-cli plant import). The whole file is checked first: on any bad row nothing is written and the message names the file, line and column. Prints one JSON object: rows, points, seconds.</source>
        <translation>vocsync-cli samples import --db FILE SAMPLES.csv

将 CSV（docs/samples-csv.md）中的样本导入已有工厂配置的数据库（先执行 vocsync-cli plant import）。先检查整个文件：只要有一行有误就不写入任何数据，错误信息给出文件、行和列。输出一个 JSON 对象：rows（行数）、points（监测点数）、seconds（耗时秒数）。</translation>
    </message>
    <message>
        <source>The samples file.</source>
        <translation>样本文件。</translation>
    </message>
    <message>
        <source>expected one CSV file, got %1</source>
        <translation>应指定一个 CSV 文件，实际为 %1 个</translation>
    </message>
    <message>
        <source>the database has no monitoring points; import the plant first (vocsync-cli plant import)</source>
        <translation>数据库中没有监测点；请先导入工厂配置（vocsync-cli plant import）</translation>
    </message>
    <message>
        <source>cannot rewind: %1</source>
        <translation>无法回到文件开头：%1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Usage: vocsync-cli samples import --db FILE SAMPLES.csv
       vocsync-cli samples export --db FILE [--point ID] [--from T] [--to T] [-o OUT]

Imports or exports stored samples as CSV (docs/samples-csv.md).
Run &apos;vocsync-cli samples import --help&apos; for an action&apos;s options.
</source>
        <translation>用法：vocsync-cli samples import --db FILE SAMPLES.csv
      vocsync-cli samples export --db FILE [--point ID] [--from T] [--to T] [-o OUT]

以 CSV 格式导入或导出存储的样本（docs/samples-csv.md）。
运行 &apos;vocsync-cli samples import --help&apos; 查看各操作的选项。
</translation>
    </message>
    <message>
        <source>expected an action: %1</source>
        <translation>需要指定操作：%1</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; expected %2</source>
        <translation>未知操作“%1”；应为 %2</translation>
    </message>
</context>
<context>
    <name>vocsync::creditcode</name>
    <message>
        <source>position %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <source>a unified social credit code has 18 characters, this one has %1</source>
        <translation>统一社会信用代码应为 18 位，此代码为 %1 位</translation>
    </message>
    <message>
        <source>character &apos;%1&apos; is not allowed (only digits and the capital letters A-Y without I, O, S, V, Z)</source>
        <translation>不允许使用字符“%1”（只能使用数字和除 I、O、S、V、Z 以外的大写字母 A–Y）</translation>
    </message>
    <message>
        <source>the administrative division code (positions 3-8) must be digits</source>
        <translation>登记管理机关行政区划码（第 3–8 位）必须为数字</translation>
    </message>
    <message>
        <source>check character is &apos;%1&apos; but should be &apos;%2&apos;</source>
        <translation>校验码为“%1”，应为“%2”</translation>
    </message>
</context>
<context>
    <name>vocsync::gui::DemoBackfill</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>vocsync::json</name>
    <message>
        <source>null</source>
        <translation>空值 null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation>日期（YYYY-MM-DD）或 null</translation>
    </message>
</context>
<context>
    <name>vocsync::json::Fields</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; expected one of: %2</source>
        <translation>未知键“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>required key &apos;%1&apos; is missing</source>
        <translation>缺少必需的键“%1”</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; expected YYYY-MM-DD</source>
        <translation>“%1”不是日期；应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson</name>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <source>line </source>
        <translation>行 </translation>
    </message>
    <message>
        <source>a plant file holds one JSON object, found %1</source>
        <translation>工厂配置文件应包含一个 JSON 对象，实际为%1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <source>this key occurs twice in one object (first at line %1)</source>
        <translation>该键在同一对象中出现两次（首次出现在第 %1 行）</translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail</name>
    <message>
        <source>this is not a VocSync plant file: format is &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>这不是 VocSync 工厂配置文件：格式为“%1”，应为“%2”</translation>
    </message>
    <message>
        <source>unsupported version %1; this program reads version %2</source>
        <translation>不支持的版本 %1；本程序读取版本 %2</translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail::Checker</name>
    <message>
        <source>the id is empty</source>
        <translation>编号为空</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; contains a space, comma, quote or control character</source>
        <translation>编号“%1”包含空格、逗号、引号或控制字符</translation>
    </message>
    <message>
        <source>%1 id &apos;%2&apos; is already used by %3</source>
        <translation>%1编号“%2”已被%3使用</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation>%1 超出范围；应在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>must be a number of at least 0, found %1</source>
        <translation>必须是不小于 0 的数字，实际为 %1</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>invalid unified social credit code &apos;%1&apos;: %2</source>
        <translation>统一社会信用代码“%1”无效：%2</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>联系人必须填写姓名</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>unknown enterprise &apos;%1&apos;</source>
        <translation>未知企业“%1”</translation>
    </message>
    <message>
        <source>production line</source>
        <translation>生产线</translation>
    </message>
    <message>
        <source>unknown workshop &apos;%1&apos;</source>
        <translation>未知车间“%1”</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>workshop &apos;%1&apos; belongs to enterprise &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>车间“%1”属于企业“%2”，而不是“%3”</translation>
    </message>
    <message>
        <source>unknown production line &apos;%1&apos;</source>
        <translation>未知生产线“%1”</translation>
    </message>
    <message>
        <source>production line &apos;%1&apos; is in workshop &apos;%2&apos;, but the facility&apos;s workshop_id is &apos;%3&apos;</source>
        <translation>生产线“%1”位于车间“%2”，但该设施的 workshop_id 为“%3”</translation>
    </message>
    <message>
        <source>the run state is taken from current_a or power_kw, not %1</source>
        <translation>运行状态只能由 current_a 或 power_kw 判定，不能用 %1</translation>
    </message>
    <message>
        <source>run (%1) is below off (%2); expected off &lt;= run</source>
        <translation>运行阈值 run（%1）低于停机阈值 off（%2）；应满足 off &lt;= run</translation>
    </message>
    <message>
        <source>overload (%1) is below run (%2); expected run &lt;= overload, or 0 for no overload level</source>
        <translation>过载阈值 overload（%1）低于运行阈值 run（%2）；应满足 run &lt;= overload，不设过载阈值时填 0</translation>
    </message>
    <message>
        <source>must be at least 0, found %1</source>
        <translation>不能小于 0，实际为 %1</translation>
    </message>
    <message>
        <source>unknown facility &apos;%1&apos;</source>
        <translation>未知设施“%1”</translation>
    </message>
    <message>
        <source>facility &apos;%1&apos; is a treatment facility; production_id must name a production facility</source>
        <translation>设施“%1”是治污设施；production_id 必须指向产污设施</translation>
    </message>
    <message>
        <source>facility &apos;%1&apos; is a production facility; treatment_id must name a treatment facility</source>
        <translation>设施“%1”是产污设施；treatment_id 必须指向治污设施</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked by %3</source>
        <translation>%1 与 %2 已由 %3 关联</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;; expected one of %2</source>
        <translation>未知协议“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>point</source>
        <translation>监测点</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos;</source>
        <translation>未知设备“%1”</translation>
    </message>
    <message>
        <source>must be at least 1 second, found %1</source>
        <translation>不能小于 1 秒，实际为 %1</translation>
    </message>
    <message>
        <source>a point measures at least one quantity</source>
        <translation>监测点至少要测量一个物理量</translation>
    </message>
    <message>
        <source>quantity %1 is listed twice</source>
        <translation>物理量 %1 重复列出</translation>
    </message>
    <message>
        <source>decimals must be 0 to 6, found %1</source>
        <translation>小数位数必须在 0 到 6 之间，实际为 %1</translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail::ReadContext</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail::Reader</name>
    <message>
        <source>unknown kind &apos;%1&apos;; expected production or treatment</source>
        <translation>未知类别“%1”；应为 production（产污）或 treatment（治污）</translation>
    </message>
    <message>
        <source>unknown quantity &apos;%1&apos;; expected current_a or power_kw</source>
        <translation>未知物理量“%1”；应为 current_a 或 power_kw</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; expected power_meter, transmitter, sensor_card or voc_analyzer</source>
        <translation>未知设备类别“%1”；应为 power_meter、transmitter、sensor_card 或 voc_analyzer</translation>
    </message>
    <message>
        <source>unknown quantity &apos;%1&apos;; expected one of: %2</source>
        <translation>未知物理量“%1”；应为以下之一：%2</translation>
    </message>
</context>
<context>
    <name>vocsync::samplecsv</name>
    <message>
        <source>&apos;%1&apos; is not a number; expected digits with an optional &apos;-&apos; and &apos;.&apos;, e.g. -12.345</source>
        <translation>“%1”不是数字；应为数字，可带“-”和“.”，例如 -12.345</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many digits for this resolution (at most 15 digits)</source>
        <translation>“%1”的位数超出该分辨率允许的范围（最多 15 位）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 decimals, but point %3 measures %4 to %5 decimals</source>
        <translation>“%1”有 %2 位小数，但监测点 %3 测量 %4 的精度为 %5 位小数</translation>
    </message>
    <message>
        <source>the file is empty; expected the header &apos;%1&apos;</source>
        <translation>文件为空；应以表头“%1”开始</translation>
    </message>
</context>
<context>
    <name>vocsync::samplecsv::Reader</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>column %1: unexpected column &apos;%2&apos;; the header is &apos;%3&apos;</source>
        <translation>第 %1 列：多余的列“%2”；表头为“%3”</translation>
    </message>
    <message>
        <source>column %1: expected &apos;%2&apos;, found &apos;%3&apos;; the header is &apos;%4&apos;</source>
        <translation>第 %1 列：应为“%2”，实际为“%3”；表头为“%4”</translation>
    </message>
    <message>
        <source>the row has %1 columns, expected %2 (%3)</source>
        <translation>该行有 %1 列，应为 %2 列（%3）</translation>
    </message>
    <message>
        <source>the point id is empty</source>
        <translation>监测点编号为空</translation>
    </message>
    <message>
        <source>unknown point &apos;%1&apos;</source>
        <translation>未知监测点“%1”</translation>
    </message>
    <message>
        <source>point %1 does not measure %2 (it measures %3); leave the cell empty</source>
        <translation>监测点 %1 不测量 %2（它测量 %3）；请将该单元格留空</translation>
    </message>
    <message>
        <source>the row has no value; a sample needs at least one quantity</source>
        <translation>该行没有数值；一条样本至少需要一个物理量</translation>
    </message>
</context>
<context>
    <name>vocsync::storage</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation>%1（出错语句：%2）</translation>
    </message>
    <message>
        <source>not a VocSync database, or damaged: %1</source>
        <translation>不是 VocSync 数据库，或已损坏：%1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program&apos;s %2; update VocSync</source>
        <translation>数据库结构版本为 %1，高于本程序支持的版本 %2；请升级 VocSync</translation>
    </message>
    <message>
        <source>cannot begin migration %1: %2</source>
        <translation>无法开始迁移 %1：%2</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>迁移到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation>无法提交迁移 %1：%2</translation>
    </message>
    <message>
        <source>bad channel &apos;%1&apos; (expected quantity:decimals)</source>
        <translation>通道“%1”格式错误（应为 物理量:小数位数）</translation>
    </message>
    <message>
        <source>cannot read the point table: %1</source>
        <translation>无法读取监测点表：%1</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>监测点 %1</translation>
    </message>
    <message>
        <source>the writer is not started</source>
        <translation>写入线程尚未启动</translation>
    </message>
    <message>
        <source>cannot compact point key %1, hour %2; its samples stay in the recent table: %3</source>
        <translation>无法压缩监测点键 %1 在 %2 这一小时的数据；其样本保留在近期数据表中：%3</translation>
    </message>
    <message>
        <source>%1 samples refused: the writer is not running</source>
        <translation>拒收 %1 条样本：写入线程未运行</translation>
    </message>
    <message>
        <source>%1 samples refused: the writer is stopping</source>
        <translation>拒收 %1 条样本：写入线程正在停止</translation>
    </message>
    <message>
        <source>the sample writer is not running</source>
        <translation>样本写入线程未运行</translation>
    </message>
    <message>
        <source>the database is already being written by %1 (process %2 on %3); close it first</source>
        <translation>数据库正由 %1（%3 上的进程 %2）写入；请先关闭它</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>the SQLite driver gives no native handle</source>
        <translation>SQLite 驱动未提供原生句柄</translation>
    </message>
    <message>
        <source>cannot record the day zone of the database</source>
        <translation>无法记录数据库的日切分时区</translation>
    </message>
    <message>
        <source>compaction failed: %1</source>
        <translation>压缩归档失败：%1</translation>
    </message>
    <message>
        <source>the sample writer stopped</source>
        <translation>样本写入线程已停止</translation>
    </message>
    <message>
        <source>%1 samples could not be written before stopping and are lost: %2</source>
        <translation>停止前有 %1 条样本未能写入，已丢失：%2</translation>
    </message>
    <message>
        <source> (further problems are only counted)</source>
        <translation>（后续问题仅计数，不再逐条提示）</translation>
    </message>
</context>
<context>
    <name>vocsync::storage::Compactor</name>
    <message>
        <source>cannot read sample_raw: %1</source>
        <translation>无法读取 sample_raw：%1</translation>
    </message>
    <message>
        <source>stored chunk is corrupt: %1</source>
        <translation>存储的数据块已损坏：%1</translation>
    </message>
    <message>
        <source>point key %1, hour %2</source>
        <translation>监测点键 %1，小时 %2</translation>
    </message>
    <message>
        <source>stored hour rollup is corrupt: %1</source>
        <translation>存储的小时汇总已损坏：%1</translation>
    </message>
    <message>
        <source>point key %1</source>
        <translation>监测点键 %1</translation>
    </message>
    <message>
        <source>cannot read hour rollups</source>
        <translation>无法读取小时汇总</translation>
    </message>
    <message>
        <source>cannot read the stored chunk: %1</source>
        <translation>无法读取存储的数据块：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::storage::Connection</name>
    <message>
        <source>no such database file</source>
        <translation>数据库文件不存在</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::storage::RawAppender</name>
    <message>
        <source>sample for unknown point key %1 refused</source>
        <translation>拒收未知监测点（键 %1）的样本</translation>
    </message>
    <message>
        <source>point %1: sample at %2 is ahead of this computer&apos;s clock (%3); refused, check the meter&apos;s or transmitter&apos;s clock</source>
        <translation>监测点 %1：样本时间 %2 超前于本机时钟（%3），已拒收；请检查电表或数采仪的时钟</translation>
    </message>
    <message>
        <source>point %1: values of quantities it does not declare, or not finite, were dropped at %2</source>
        <translation>监测点 %1：%2 的样本中含未声明的量或非有限数值，已丢弃这些数值</translation>
    </message>
    <message>
        <source>cannot append samples: %1</source>
        <translation>无法追加样本：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::storage::SeriesReader</name>
    <message>
        <source>empty time range</source>
        <translation>时间范围为空</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>监测点 %1</translation>
    </message>
</context>
<context>
    <name>vocsync::storage::StoredSeries</name>
    <message>
        <source>no monitoring point with key %1</source>
        <translation>没有键为 %1 的监测点</translation>
    </message>
    <message>
        <source>cannot read recent samples: %1</source>
        <translation>无法读取近期样本：%1</translation>
    </message>
    <message>
        <source>corrupt chunk: %1</source>
        <translation>数据块已损坏：%1</translation>
    </message>
    <message>
        <source>point key %1, hour %2</source>
        <translation>监测点键 %1，小时 %2</translation>
    </message>
    <message>
        <source>cannot read chunks: %1</source>
        <translation>无法读取数据块：%1</translation>
    </message>
    <message>
        <source>corrupt rollup: %1</source>
        <translation>汇总数据已损坏：%1</translation>
    </message>
    <message>
        <source>point key %1, %2</source>
        <translation>监测点键 %1，%2</translation>
    </message>
    <message>
        <source>cannot read rollups: %1</source>
        <translation>无法读取汇总数据：%1</translation>
    </message>
    <message>
        <source>cannot read the stored chunk: %1</source>
        <translation>无法读取存储的数据块：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::storage::plantrepository</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation>%1（出错语句：%2）</translation>
    </message>
    <message>
        <source>cannot read the points: %1</source>
        <translation>无法读取监测点：%1</translation>
    </message>
    <message>
        <source>the new configuration removes point &apos;%1&apos;, which still has %2 stored samples; keep the point or delete its samples first</source>
        <translation>新配置删除了监测点“%1”，但该点仍有 %2 条已存储样本；请保留该监测点，或先删除其样本</translation>
    </message>
    <message>
        <source>point &apos;%1&apos;</source>
        <translation>监测点“%1”</translation>
    </message>
    <message>
        <source>cannot store the next point key: %1</source>
        <translation>无法保存下一个监测点键：%1</translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit the plant configuration: %1</source>
        <translation>无法提交工厂配置：%1</translation>
    </message>
    <message>
        <source>the new configuration changes the resolution of %1 from %2 to %3 decimals, but the point has %4 stored samples at the old resolution; keep the resolution or use a new point id</source>
        <translation>新配置将 %1 的分辨率从 %2 位小数改为 %3 位小数，但该监测点已有 %4 条按原分辨率存储的样本；请保持原分辨率，或使用新的监测点编号</translation>
    </message>
</context>
<context>
    <name>vocsync::storage::plantrepository::detail</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation>%1（出错语句：%2）</translation>
    </message>
    <message>
        <source>the stored contacts are not a JSON array: %1</source>
        <translation>存储的联系人不是 JSON 数组：%1</translation>
    </message>
    <message>
        <source>enterprise &apos;%1&apos;</source>
        <translation>企业“%1”</translation>
    </message>
    <message>
        <source>the stored kind &apos;%1&apos; or state quantity &apos;%2&apos; is not known</source>
        <translation>存储的类别“%1”或状态物理量“%2”无法识别</translation>
    </message>
    <message>
        <source>facility &apos;%1&apos;</source>
        <translation>设施“%1”</translation>
    </message>
    <message>
        <source>the stored kind &apos;%1&apos; is not known</source>
        <translation>存储的类别“%1”无法识别</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;</source>
        <translation>设备“%1”</translation>
    </message>
    <message>
        <source>point &apos;%1&apos;</source>
        <translation>监测点“%1”</translation>
    </message>
</context>
<context>
    <name>vocsync::timeutil</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time (e.g. 2026-11-24T08:00:00+08:00)</source>
        <translation>“%1”不是 ISO 8601 日期或时间（例如 2026-11-24T08:00:00+08:00）</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::Labels</name>
    <message>
        <source>Spray booth</source>
        <translation>喷漆房</translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation>烘干房</translation>
    </message>
    <message>
        <source>Drying oven</source>
        <translation>烘箱</translation>
    </message>
    <message>
        <source>Curing oven</source>
        <translation>固化炉</translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation>搅拌混合机</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>压机</translation>
    </message>
    <message>
        <source>Printing press</source>
        <translation>印刷机</translation>
    </message>
    <message>
        <source>Gravure printing press</source>
        <translation>凹版印刷机</translation>
    </message>
    <message>
        <source>Distillation column</source>
        <translation>精馏塔</translation>
    </message>
    <message>
        <source>Laminator</source>
        <translation>复合机</translation>
    </message>
    <message>
        <source>Coating machine</source>
        <translation>涂布机</translation>
    </message>
    <message>
        <source>Injection moulding machine</source>
        <translation>注塑机</translation>
    </message>
    <message>
        <source>Reactor</source>
        <translation>反应釜</translation>
    </message>
    <message>
        <source>Storage tank</source>
        <translation>储罐</translation>
    </message>
    <message>
        <source>Sanding machine</source>
        <translation>砂光机</translation>
    </message>
    <message>
        <source>Glue spreader</source>
        <translation>涂胶机</translation>
    </message>
    <message>
        <source>Exhaust fan</source>
        <translation>排风机</translation>
    </message>
    <message>
        <source>Activated-carbon adsorber</source>
        <translation>活性炭吸附装置</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>蓄热式焚烧炉（RTO）</translation>
    </message>
    <message>
        <source>RCO</source>
        <translation>催化燃烧装置（RCO）</translation>
    </message>
    <message>
        <source>Catalytic burner</source>
        <translation>催化燃烧器</translation>
    </message>
    <message>
        <source>UV photolysis</source>
        <translation>UV 光解装置</translation>
    </message>
    <message>
        <source>Spray tower</source>
        <translation>喷淋塔</translation>
    </message>
    <message>
        <source>Bag filter</source>
        <translation>布袋除尘器</translation>
    </message>
    <message>
        <source>Water curtain</source>
        <translation>水帘柜</translation>
    </message>
    <message>
        <source>Low-temperature plasma</source>
        <translation>低温等离子装置</translation>
    </message>
    <message>
        <source>Zeolite rotor concentrator</source>
        <translation>沸石转轮浓缩装置</translation>
    </message>
    <message>
        <source>Condenser</source>
        <translation>冷凝器</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停机</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空转</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>过载</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治污</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>部分异常</translation>
    </message>
    <message>
        <source>Raw samples</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <source>1-minute min/mean/max</source>
        <translation>分钟数据（最小/平均/最大）</translation>
    </message>
    <message>
        <source>1-hour min/mean/max</source>
        <translation>小时数据（最小/平均/最大）</translation>
    </message>
    <message>
        <source>1-day min/mean/max</source>
        <translation>日数据（最小/平均/最大）</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::MainWindow</name>
    <message>
        <source>VocSync — VOC treatment facility supervision</source>
        <translation>VocSync — 治污设施同步运行监管</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>趋势(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About VocSync</source>
        <translation>关于 VocSync(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new language is used from the next start of VocSync.</source>
        <translation>新的界面语言将在下次启动 VocSync 时生效。</translation>
    </message>
    <message>
        <source>About VocSync</source>
        <translation>关于 VocSync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VocSync %1&lt;/h3&gt;&lt;p&gt;Supervision of VOC pollution-control facilities: synchronous operation of production and treatment, from power meter data.&lt;/p&gt;&lt;p&gt;Times are shown in the station time zone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VocSync %1&lt;/h3&gt;&lt;p&gt;VOCs 污染治理设施监管：依据电能表数据监测生产设施与治污设施的同步运行情况。&lt;/p&gt;&lt;p&gt;时间均按站点时区显示。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::OverviewPage</name>
    <message>
        <source>Enterprises and facilities</source>
        <translation>企业与设施总览</translation>
    </message>
    <message>
        <source>Live run state of every supervised facility, from the latest meter readings</source>
        <translation>根据最新电表读数显示各监管设施的实时运行状态</translation>
    </message>
    <message>
        <source>Supervised enterprises</source>
        <translation>监管企业</translation>
    </message>
    <message>
        <source>Production facilities running</source>
        <translation>生产设施运行</translation>
    </message>
    <message>
        <source>Treatment facilities running</source>
        <translation>治污设施运行</translation>
    </message>
    <message>
        <source>Facilities without data</source>
        <translation>无数据设施</translation>
    </message>
    <message>
        <source>No enterprise is configured in this station database yet.
Import a plant file with: vocsync-cli plant import &lt;file.json&gt;</source>
        <translation>本站点数据库中尚未配置监管企业。
请用以下命令导入工厂配置：vocsync-cli plant import &lt;file.json&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n facilities supervised</source>
        <translation>
            <numerusform>共监管 %n 台设施</numerusform>
        </translation>
    </message>
    <message>
        <source>running or overloaded now</source>
        <translation>当前处于运行或过载状态</translation>
    </message>
    <message>
        <source>silent for more than 3 sample intervals</source>
        <translation>超过 3 个采样周期未收到数据</translation>
    </message>
    <message>
        <source>Station time %1</source>
        <translation>站点时间 %1</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::PlantStatusModel</name>
    <message>
        <source>Enterprise / facility</source>
        <translation>企业 / 设施</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Current (A)</source>
        <translation>电流 (A)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
    <message>
        <source>%1
Industry: %2
Address: %3</source>
        <translation>%1
行业：%2
地址：%3</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>%1 / %2 running</source>
        <translation>%1 / %2 运行</translation>
    </message>
    <message>
        <source>No sample received yet</source>
        <translation>尚未收到数据</translation>
    </message>
    <message>
        <source>No sample for more than %1 sample intervals (last: %2)</source>
        <translation>超过 %1 个采样周期未收到数据（最后一次：%2）</translation>
    </message>
    <message>
        <source>%1: %2 %3 (stop below %4 %3, running from %5 %3)</source>
        <translation>%1：%2 %3（低于 %4 %3 为停机，达到 %5 %3 为运行）</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language takes effect when VocSync is started again.</source>
        <translation>更改语言后需重新启动 VocSync 才能生效。</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in the station time zone.</source>
        <translation>时间以 UTC 存储，按站点时区显示。</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::SideBar</name>
    <message>
        <source>VOC treatment supervision</source>
        <translation>治污设施同步监管</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::StatusPanel</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Backfilling history</source>
        <translation>正在补录历史数据</translation>
    </message>
    <message>
        <source>no live source</source>
        <translation>无实时数据源</translation>
    </message>
    <message>
        <source>Acquisition: %1</source>
        <translation>采集：%1</translation>
    </message>
    <message>
        <source>Acquisition: %1 (%2)</source>
        <translation>采集：%1（%2）</translation>
    </message>
    <message>
        <source>Incoming: %1 samples/s</source>
        <translation>接收速率：%1 条/秒</translation>
    </message>
    <message>
        <source>Database: %1 — backfill failed: %2</source>
        <translation>数据库：%1 — 历史补录失败：%2</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TrendPage</name>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Select a facility on the left</source>
        <translation>请在左侧选择设施</translation>
    </message>
    <message>
        <source>Select a facility to show its trend</source>
        <translation>选择设施以显示其运行趋势</translation>
    </message>
    <message>
        <source>Show the last %1 and follow live data</source>
        <translation>显示最近 %1 并跟随实时数据</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Keep the chart at the current time as new samples arrive</source>
        <translation>收到新数据时图表保持显示到当前时刻</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · monitoring point %4, every %5 s</source>
        <translation>%1 · %2 · %3 · 监测点 %4，采样周期 %5 秒</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>This facility has no stored monitoring point</source>
        <translation>该设施没有已存储的监测点</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>正在加载历史数据…</translation>
    </message>
    <message>
        <source>Could not read the stored history: %1</source>
        <translation>无法读取历史数据：%1</translation>
    </message>
    <message>
        <source>No data stored in this period</source>
        <translation>该时段内没有数据</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>数据级别：%1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2（%3）</translation>
    </message>
    <message>
        <source>Mouse wheel: zoom · drag: pan the time axis</source>
        <translation>滚轮缩放 · 拖动平移时间轴</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TrendPlot</name>
    <message>
        <source>Current (A)</source>
        <translation>电流 (A)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>电流</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
</context>
</TS>
