<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Bus</name>
    <message>
        <source>opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>%1; retry in %2 s</source>
        <translation>%1；%2 秒后重试</translation>
    </message>
    <message>
        <source>unexpected bytes, dropped</source>
        <translation>收到意外字节，已丢弃</translation>
    </message>
    <message>
        <source>bad reply to %1: %2</source>
        <translation>%1 的应答有误：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>timeout, no reply</source>
        <translation>超时，无应答</translation>
    </message>
    <message>
        <source>timeout, reply incomplete</source>
        <translation>超时，应答不完整</translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation>%1 毫秒后超时（%2）</translation>
    </message>
    <message>
        <source>no answer to %1: %2</source>
        <translation>%1 无应答：%2</translation>
    </message>
</context>
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
    <name>Hj212Codec</name>
    <message>
        <source>bad factor key &quot;%1&quot;</source>
        <translation>因子键“%1”无效</translation>
    </message>
    <message>
        <source>unknown factor suffix in &quot;%1&quot;: kept as a field</source>
        <translation>“%1”中的因子后缀未知：按普通字段保留</translation>
    </message>
    <message>
        <source>%1 given twice</source>
        <translation>%1 重复出现</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a data flag</source>
        <translation>%1：“%2”不是数据标记</translation>
    </message>
    <message>
        <source>%1: data flag &quot;%2&quot; is not in HJ 212</source>
        <translation>%1：数据标记“%2”不属于 HJ 212</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an extended flag (C4)</source>
        <translation>%1：“%2”不是有效的扩展标记（C4）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time YYYYMMDDhhmmss</source>
        <translation>%1：“%2”不是 YYYYMMDDhhmmss 格式的时间</translation>
    </message>
    <message>
        <source>%1 with milliseconds</source>
        <translation>%1 带有毫秒</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an instrument id</source>
        <translation>%1：“%2”不是有效的仪器仪表编码</translation>
    </message>
    <message>
        <source>DataTime given twice</source>
        <translation>DataTime 重复出现</translation>
    </message>
    <message>
        <source>DataTime &quot;%1&quot; is not a time YYYYMMDDhhmmss</source>
        <translation>DataTime“%1”不是 YYYYMMDDhhmmss 格式的时间</translation>
    </message>
    <message>
        <source>DataTime with milliseconds</source>
        <translation>DataTime 带有毫秒</translation>
    </message>
    <message>
        <source>CP key &quot;%1&quot; is too long</source>
        <translation>CP 键“%1”过长</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time YYYYMMDDhhmmss</source>
        <translation>%1“%2”不是 YYYYMMDDhhmmss 格式的时间</translation>
    </message>
    <message>
        <source>CP key &quot;%1&quot; has no factor suffix: kept as a field</source>
        <translation>CP 键“%1”没有因子后缀：按普通字段保留</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>CP is %1 bytes, over the limit of %2</source>
        <translation>CP 为 %1 字节，超过上限 %2</translation>
    </message>
    <message>
        <source>CP does not start with &quot;&amp;&amp;&quot;</source>
        <translation>CP 不是以“&amp;&amp;”开头</translation>
    </message>
    <message>
        <source>text after the closing &quot;&amp;&amp;&quot; of CP: &quot;%1&quot;</source>
        <translation>CP 结尾的“&amp;&amp;”之后还有文本：“%1”</translation>
    </message>
    <message>
        <source>CP is not closed by &quot;&amp;&amp;&quot;</source>
        <translation>CP 没有以“&amp;&amp;”结束</translation>
    </message>
    <message>
        <source>spaces around a CP item</source>
        <translation>CP 项两侧有空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before the closing &quot;&amp;&amp;&quot;</source>
        <translation>结尾的“&amp;&amp;”之前多出 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty CP item</source>
        <translation>CP 项为空</translation>
    </message>
    <message>
        <source>CP item &quot;%1&quot; has no &apos;=&apos;</source>
        <translation>CP 项“%1”中没有 &apos;=&apos;</translation>
    </message>
    <message>
        <source>spaces around &apos;=&apos; in a CP item</source>
        <translation>CP 项中 &apos;=&apos; 两侧有空格</translation>
    </message>
    <message>
        <source>log text of %1 is not closed by &quot;//&quot;</source>
        <translation>%1 的日志文本没有以“//”结束</translation>
    </message>
    <message>
        <source>text after the log text of %1</source>
        <translation>%1 的日志文本之后还有文本</translation>
    </message>
    <message>
        <source>CP item without a key</source>
        <translation>CP 项缺少键</translation>
    </message>
    <message>
        <source>%1-%2 is not a finite number</source>
        <translation>%1-%2 不是有限数值</translation>
    </message>
    <message>
        <source>data segment of %1 bytes is over the limit of %2 bytes (split it into sub-packets)</source>
        <translation>数据段为 %1 字节，超过上限 %2 字节（请分包发送）</translation>
    </message>
    <message>
        <source>CP of %1 bytes is over the limit of %2 bytes (split it into sub-packets)</source>
        <translation>CP 为 %1 字节，超过上限 %2 字节（请分包发送）</translation>
    </message>
    <message>
        <source>declared length %1, but the data segment is %2 bytes</source>
        <translation>声明的长度为 %1，但数据段为 %2 字节</translation>
    </message>
    <message>
        <source>the frame does not start with &quot;##&quot;</source>
        <translation>报文不是以“##”开头</translation>
    </message>
    <message>
        <source>the frame ends inside its length field</source>
        <translation>报文在长度字段处中断</translation>
    </message>
    <message>
        <source>the length &quot;%1&quot; is not 4 decimal digits</source>
        <translation>长度“%1”不是 4 位十进制数字</translation>
    </message>
    <message>
        <source>declared data segment of %1 bytes, over the limit of %2</source>
        <translation>声明的数据段为 %1 字节，超过上限 %2</translation>
    </message>
    <message>
        <source>the frame ends after %1 bytes; its declared length %2 needs %3 with the CRC</source>
        <translation>报文在 %1 字节后结束；按其声明的长度 %2，连同 CRC 应为 %3 字节</translation>
    </message>
    <message>
        <source>the CRC &quot;%1&quot; is not 4 hex digits</source>
        <translation>CRC“%1”不是 4 位十六进制数字</translation>
    </message>
    <message>
        <source>%1 bytes after the CRC are not CR LF</source>
        <translation>CRC 之后的 %1 个字节不是 CR LF</translation>
    </message>
    <message>
        <source> (not a possible HJ 212 CRC: a Modbus CRC?)</source>
        <translation> （不可能是 HJ 212 的 CRC：是否为 Modbus CRC？）</translation>
    </message>
    <message>
        <source>CRC mismatch: expected %1, found %2%3</source>
        <translation>CRC 校验不符：应为 %1，实际为 %2%3</translation>
    </message>
    <message>
        <source>CRC in lower-case hex</source>
        <translation>CRC 使用了小写十六进制</translation>
    </message>
    <message>
        <source>no CR LF after the CRC</source>
        <translation>CRC 之后没有 CR LF</translation>
    </message>
    <message>
        <source>LF without CR after the CRC</source>
        <translation>CRC 之后只有 LF，没有 CR</translation>
    </message>
    <message>
        <source>data segment of %1 bytes, over the limit of %2</source>
        <translation>数据段为 %1 字节，超过上限 %2</translation>
    </message>
    <message>
        <source>ready to execute</source>
        <translation>准备执行请求</translation>
    </message>
    <message>
        <source>request rejected</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>password error</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>MN error</source>
        <translation>MN 错误</translation>
    </message>
    <message>
        <source>ST error</source>
        <translation>ST 错误</translation>
    </message>
    <message>
        <source>Flag error</source>
        <translation>Flag 错误</translation>
    </message>
    <message>
        <source>QN error</source>
        <translation>QN 错误</translation>
    </message>
    <message>
        <source>CN error</source>
        <translation>CN 错误</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>CRC 错误</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>QnRtn %1 (unknown)</source>
        <translation>QnRtn %1（未知）</translation>
    </message>
    <message>
        <source>success</source>
        <translation>执行成功</translation>
    </message>
    <message>
        <source>failed, reason unknown</source>
        <translation>执行失败，原因未知</translation>
    </message>
    <message>
        <source>request condition error</source>
        <translation>命令请求条件错误</translation>
    </message>
    <message>
        <source>communication timeout</source>
        <translation>通讯超时</translation>
    </message>
    <message>
        <source>system busy</source>
        <translation>系统繁忙</translation>
    </message>
    <message>
        <source>system fault</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>没有数据</translation>
    </message>
    <message>
        <source>ExeRtn %1 (unknown)</source>
        <translation>ExeRtn %1（未知）</translation>
    </message>
    <message>
        <source>set timeout and retries</source>
        <translation>设置超时时间及重发次数</translation>
    </message>
    <message>
        <source>field time</source>
        <translation>现场机时间</translation>
    </message>
    <message>
        <source>set field time</source>
        <translation>设置现场机时间</translation>
    </message>
    <message>
        <source>time calibration request</source>
        <translation>现场机时间校准请求</translation>
    </message>
    <message>
        <source>real-time data interval</source>
        <translation>实时数据间隔</translation>
    </message>
    <message>
        <source>set real-time data interval</source>
        <translation>设置实时数据间隔</translation>
    </message>
    <message>
        <source>minute data interval</source>
        <translation>分钟数据间隔</translation>
    </message>
    <message>
        <source>set minute data interval</source>
        <translation>设置分钟数据间隔</translation>
    </message>
    <message>
        <source>set password</source>
        <translation>设置访问密码</translation>
    </message>
    <message>
        <source>real-time data</source>
        <translation>实时数据</translation>
    </message>
    <message>
        <source>stop real-time data</source>
        <translation>停止察看实时数据</translation>
    </message>
    <message>
        <source>facility running state</source>
        <translation>设施运行状态</translation>
    </message>
    <message>
        <source>stop facility running state</source>
        <translation>停止察看设施运行状态</translation>
    </message>
    <message>
        <source>daily data</source>
        <translation>日数据</translation>
    </message>
    <message>
        <source>daily facility running time</source>
        <translation>设施日运行时间</translation>
    </message>
    <message>
        <source>minute data</source>
        <translation>分钟数据</translation>
    </message>
    <message>
        <source>hourly data</source>
        <translation>小时数据</translation>
    </message>
    <message>
        <source>logger power-on time</source>
        <translation>数采仪开机时间</translation>
    </message>
    <message>
        <source>instrument id</source>
        <translation>设备唯一标识</translation>
    </message>
    <message>
        <source>field information</source>
        <translation>现场机信息</translation>
    </message>
    <message>
        <source>request answer</source>
        <translation>请求应答</translation>
    </message>
    <message>
        <source>execution answer</source>
        <translation>执行结果</translation>
    </message>
    <message>
        <source>notice answer</source>
        <translation>通知应答</translation>
    </message>
    <message>
        <source>data answer</source>
        <translation>数据应答</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停运</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>manually set value</source>
        <translation>手工输入</translation>
    </message>
    <message>
        <source>instrument fault</source>
        <translation>仪器故障</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>over the measuring range</source>
        <translation>超测量上限</translation>
    </message>
    <message>
        <source>communication fault</source>
        <translation>通讯异常</translation>
    </message>
    <message>
        <source>power failure</source>
        <translation>电源故障</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; (unknown)</source>
        <translation>标记“%1”（未知）</translation>
    </message>
    <message>
        <source>more than %1 sets of this MN open</source>
        <translation>该 MN 未拼完的分包组超过 %1 个</translation>
    </message>
    <message>
        <source>more than %1 sets open</source>
        <translation>未拼完的分包组超过 %1 个</translation>
    </message>
    <message>
        <source>MN %1 CN %2 DataTime %3: sub-packets %4 of %5 missing after %6 s; the set was dropped</source>
        <translation>MN %1 CN %2 DataTime %3：%6 秒后仍缺少分包 %4（共 %5 包）；已丢弃该分包组</translation>
    </message>
    <message>
        <source>%1 more sets were dropped to stay within the limits</source>
        <translation>为不超出限额，另有 %1 个分包组被丢弃</translation>
    </message>
    <message>
        <source>no CP: the data segment ends without &quot;CP=&amp;&amp;...&amp;&amp;&quot;</source>
        <translation>缺少 CP：数据段结束时没有“CP=&amp;&amp;...&amp;&amp;”</translation>
    </message>
    <message>
        <source>header item &quot;%1&quot; has no &apos;=&apos;</source>
        <translation>包头项“%1”中没有 &apos;=&apos;</translation>
    </message>
    <message>
        <source>bad header field name &quot;%1&quot;</source>
        <translation>包头字段名“%1”无效</translation>
    </message>
    <message>
        <source>header field %1 is not in HJ 212-2017: kept</source>
        <translation>包头字段 %1 不属于 HJ 212-2017：已保留</translation>
    </message>
    <message>
        <source>header field %1 given twice</source>
        <translation>包头字段 %1 重复出现</translation>
    </message>
    <message>
        <source>QN &quot;%1&quot; is not a time YYYYMMDDhhmmsszzz</source>
        <translation>QN“%1”不是 YYYYMMDDhhmmsszzz 格式的时间</translation>
    </message>
    <message>
        <source>ST &quot;%1&quot; is not 2 characters 0-9 A-Z</source>
        <translation>ST“%1”不是 2 个 0-9、A-Z 字符</translation>
    </message>
    <message>
        <source>CN &quot;%1&quot; is not 4 digits</source>
        <translation>CN“%1”不是 4 位数字</translation>
    </message>
    <message>
        <source>PW &quot;%1&quot; is longer than 15 characters</source>
        <translation>PW“%1”超过 15 个字符</translation>
    </message>
    <message>
        <source>MN &quot;%1&quot; is empty or longer than 31 characters</source>
        <translation>MN“%1”为空或超过 31 个字符</translation>
    </message>
    <message>
        <source>Flag &quot;%1&quot; is not a number 0..255</source>
        <translation>Flag“%1”不是 0..255 之间的数字</translation>
    </message>
    <message>
        <source>PNUM &quot;%1&quot; is not a number 1..9999</source>
        <translation>PNUM“%1”不是 1..9999 之间的数字</translation>
    </message>
    <message>
        <source>PNO &quot;%1&quot; is not a number 1..9999</source>
        <translation>PNO“%1”不是 1..9999 之间的数字</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is zero-padded</source>
        <translation>%1“%2”带有前导零</translation>
    </message>
    <message>
        <source>no %1 in the header</source>
        <translation>包头中缺少 %1</translation>
    </message>
    <message>
        <source>no Flag: taken as 0 (HJ/T 212-2005)</source>
        <translation>缺少 Flag：按 0 处理（HJ/T 212-2005）</translation>
    </message>
    <message>
        <source>no QN</source>
        <translation>缺少 QN</translation>
    </message>
    <message>
        <source>MN &quot;%1&quot; is not 24 hex digits (HJ 212-2017)</source>
        <translation>MN“%1”不是 24 位十六进制数字（HJ 212-2017）</translation>
    </message>
    <message>
        <source>Flag bit D set without PNUM/PNO: taken as one packet</source>
        <translation>Flag 的 D 位已置位但没有 PNUM/PNO：按单个数据包处理</translation>
    </message>
    <message>
        <source>PNO %1 is greater than PNUM %2</source>
        <translation>PNO %1 大于 PNUM %2</translation>
    </message>
    <message>
        <source>PNUM/PNO given without Flag bit D</source>
        <translation>给出了 PNUM/PNO，但 Flag 的 D 位未置位</translation>
    </message>
    <message>
        <source>%1 bytes before &quot;##&quot;</source>
        <translation>“##”之前有 %1 个字节</translation>
    </message>
    <message>
        <source>the stream ended inside a frame header</source>
        <translation>数据流在报文包头处中断</translation>
    </message>
    <message>
        <source>the stream ended %1 bytes into a frame of %2</source>
        <translation>数据流在 %2 字节报文的第 %1 字节处中断</translation>
    </message>
    <message>
        <source>the CRC &quot;%1&quot; is not 4 hex digits (wrong length?)</source>
        <translation>CRC“%1”不是 4 位十六进制数字（长度有误？）</translation>
    </message>
    <message>
        <source>CRC mismatch: expected %1, found %2</source>
        <translation>CRC 校验不符：应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>bytes after the CRC are not CR LF (wrong length?)</source>
        <translation>CRC 之后的字节不是 CR LF（长度有误？）</translation>
    </message>
</context>
<context>
    <name>Hj212Server</name>
    <message numerus="yes">
        <source>requesting %1 %2 - %3 (%n gap(s) open)</source>
        <translation>
            <numerusform>正在提取 %1 %2 - %3（%n 个缺口待补传）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - %2 not filled: %3; asked again at %4 or on reconnect</source>
        <translation>%1 - %2 未补齐：%3；将于 %4 或重新连接时再次提取</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) waiting</source>
        <translation>
            <numerusform>%n 个缺口待补传</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 commands already wait for this transmitter</source>
        <translation>该数采仪已有 %1 条命令在等待</translation>
    </message>
    <message>
        <source>SystemTime %1</source>
        <translation>SystemTime %1</translation>
    </message>
    <message>
        <source>RtdInterval %1 s</source>
        <translation>RtdInterval %1 秒</translation>
    </message>
    <message>
        <source>time set</source>
        <translation>时间已设置</translation>
    </message>
    <message>
        <source>real-time interval set</source>
        <translation>实时数据间隔已设置</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1 (QnRtn %2)</source>
        <translation>被拒绝：%1（QnRtn %2）</translation>
    </message>
    <message>
        <source>no data (ExeRtn 100)</source>
        <translation>没有数据（ExeRtn 100）</translation>
    </message>
    <message>
        <source>failed: %1 (ExeRtn %2)</source>
        <translation>失败：%1（ExeRtn %2）</translation>
    </message>
    <message>
        <source>success reported but no %1 upload came</source>
        <translation>已报告执行成功，但未收到 %1 上传</translation>
    </message>
    <message numerus="yes">
        <source>no answer after %n tries</source>
        <translation>
            <numerusform>尝试 %n 次后仍无应答</numerusform>
        </translation>
    </message>
    <message>
        <source> (no execution answer)</source>
        <translation> （无执行结果）</translation>
    </message>
    <message>
        <source>no execution answer within %1 s</source>
        <translation>%1 秒内未收到执行结果</translation>
    </message>
    <message>
        <source>idle for %1 s</source>
        <translation>%1 秒无通信</translation>
    </message>
    <message>
        <source>no accepted packet within %1 s of connecting</source>
        <translation>连接后 %1 秒内未收到有效数据包</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>对端关闭了连接</translation>
    </message>
    <message>
        <source>peer does not read its answers (%1 bytes unsent)</source>
        <translation>对端不读取应答（%1 字节未发出）</translation>
    </message>
    <message>
        <source>more than %1 packets a second for %2 s</source>
        <translation>连续 %2 秒每秒超过 %1 个数据包</translation>
    </message>
    <message>
        <source>HJ 212 server</source>
        <translation>HJ 212 服务端</translation>
    </message>
    <message>
        <source>transmitter removed</source>
        <translation>数采仪已删除</translation>
    </message>
    <message>
        <source>transmitter disabled</source>
        <translation>数采仪已停用</translation>
    </message>
    <message>
        <source>real-time interval %1 s is outside 30..3600 s</source>
        <translation>实时数据间隔 %1 秒超出 30..3600 秒范围</translation>
    </message>
    <message>
        <source>CN %1 is not a history request</source>
        <translation>CN %1 不是历史数据提取命令</translation>
    </message>
    <message>
        <source>empty time range</source>
        <translation>时间范围为空</translation>
    </message>
    <message>
        <source>no whole period of CN %1 lies in the time range</source>
        <translation>时间范围内没有 CN %1 的完整数据周期</translation>
    </message>
    <message>
        <source>CN %1 without DataTime: arrival time used</source>
        <translation>CN %1 缺少 DataTime：使用接收时间</translation>
    </message>
    <message>
        <source>factor %1 is not in factor map %2; stored as received</source>
        <translation>因子 %1 不在因子映射表 %2 中；按原样保存</translation>
    </message>
    <message>
        <source>channel %1 (%2) is not bound to a point; stored as a factor</source>
        <translation>通道 %1（%2）未绑定监测点；按因子值保存</translation>
    </message>
    <message>
        <source>point %1 does not measure %2; %3 stored as a factor</source>
        <translation>监测点 %1 不测量 %2；%3 按因子值保存</translation>
    </message>
    <message>
        <source>factor %1 carries no value that is stored (a flag alone, or alarm values)</source>
        <translation>因子 %1 没有需要保存的数值（只有标记，或为报警值）</translation>
    </message>
    <message>
        <source>transmitter %1: channel %2 is bound to point %3, which is not in the plant</source>
        <translation>数采仪 %1：通道 %2 绑定的监测点 %3 不在工厂配置中</translation>
    </message>
    <message>
        <source>transmitter %1 is listed twice; the last entry counts</source>
        <translation>数采仪 %1 出现了两次；以最后一项为准</translation>
    </message>
    <message>
        <source>MN %1 is not registered</source>
        <translation>MN %1 未注册</translation>
    </message>
    <message>
        <source>transmitter %1 is disabled</source>
        <translation>数采仪 %1 已停用</translation>
    </message>
    <message>
        <source>transmitter %1 is not connected</source>
        <translation>数采仪 %1 未连接</translation>
    </message>
    <message>
        <source>request not sent</source>
        <translation>请求未发出</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>服务端已停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 connections open</source>
        <translation>已有 %1 个连接</translation>
    </message>
    <message>
        <source>%1 connections open from this address (not yet authenticated)</source>
        <translation>该地址已有 %1 个连接（尚未通过认证）</translation>
    </message>
    <message>
        <source>connection closed: %1</source>
        <translation>连接已关闭：%1</translation>
    </message>
    <message>
        <source>transmitter removed from the registry</source>
        <translation>数采仪已从注册表中删除</translation>
    </message>
    <message>
        <source>unknown MN</source>
        <translation>未知 MN</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>tolerated: %1</source>
        <translation>已容忍：%1</translation>
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
    <message>
        <source>Show this station day on the timeline page.</source>
        <translation>在运行时间线页面显示此日期（站点时区）。</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Show this enterprise id on the timeline page.</source>
        <translation>在运行时间线页面显示此企业编号。</translation>
    </message>
    <message>
        <source>Start on this page: overview, trend, timeline, alarms, alarm-history, alarm-rules, devices or transmitters.</source>
        <translation>启动时显示此页面：overview、trend、timeline、alarms、alarm-history、alarm-rules、devices 或 transmitters。</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>cannot write the output</source>
        <translation>无法写出输出</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition</name>
    <message>
        <source>no DL/T 645 template &quot;%1&quot; (see the device template folders)</source>
        <translation>没有 DL/T 645 设备模板“%1”（请查看设备模板文件夹）</translation>
    </message>
    <message>
        <source>address &quot;%1&quot;: %2</source>
        <translation>地址“%1”：%2</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not polled by the station</source>
        <translation>本站不轮询协议“%1”</translation>
    </message>
    <message>
        <source>no Modbus template &quot;%1&quot; (see the device template folders)</source>
        <translation>没有 Modbus 设备模板“%1”（请查看设备模板文件夹）</translation>
    </message>
    <message>
        <source>unit id &quot;%1&quot; is not a number from %2 to %3</source>
        <translation>站号“%1”不是 %2 到 %3 之间的数字</translation>
    </message>
    <message>
        <source>includes &quot;%1&quot;, which is not a known factor map; its codes will not resolve</source>
        <translation>包含了“%1”，但它不是已知的因子映射表；其中的编码将无法解析</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::BusScanner</name>
    <message>
        <source>registers: %1</source>
        <translation>寄存器：%1</translation>
    </message>
    <message>
        <source>exception: %1</source>
        <translation>异常响应：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::Dlt645Driver</name>
    <message>
        <source>meter %1, DI %2</source>
        <translation>电能表 %1，数据标识 %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>a frame of meter %1, skipped</source>
        <translation>电表 %1 的帧，已跳过</translation>
    </message>
    <message>
        <source>a reply for DI %1, skipped</source>
        <translation>数据标识 %1 的应答，已跳过</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::FactorMapLibrary</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the factor map id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation>因子映射表编号“%1”必须与文件名“%2”一致</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::Link</name>
    <message>
        <source>no serial port set</source>
        <translation>未设置串口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port</source>
        <translation>“%1”不是 host:port 格式</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::MeterPoller</name>
    <message>
        <source>port %1 is already used with another protocol</source>
        <translation>端口 %1 已被其他协议使用</translation>
    </message>
    <message>
        <source>port %1 is already used at %2, not %3</source>
        <translation>端口 %1 已按 %2 使用，与 %3 不一致</translation>
    </message>
    <message>
        <source>%1 of %2 ports open</source>
        <translation>%2 个端口中已打开 %1 个</translation>
    </message>
    <message>
        <source>meters</source>
        <translation>电表采集</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>the id %1 belongs to a configured device; a test read needs its own id</source>
        <translation>编号 %1 属于已配置的设备；测试读取需要使用单独的编号</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::ModbusDriver</name>
    <message>
        <source>stale reply (transaction %1), skipped</source>
        <translation>过期应答（事务 %1），已跳过</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>异常响应：%1</translation>
    </message>
    <message>
        <source>unit %1, function %2, 0x%3 x %4</source>
        <translation>站号 %1，功能码 %2，0x%3 x %4</translation>
    </message>
    <message>
        <source>%1; a late reply, skipped</source>
        <translation>%1；迟到的应答，已跳过</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::SerialLink</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>vocsync::acquisition::TcpLink</name>
    <message>
        <source>%1:%2: connection closed by the peer</source>
        <translation>%1:%2：连接被对端关闭</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::TemplateLibrary</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>the template id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation>模板编号“%1”必须与文件名“%2”相同</translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::demo::Unit</name>
    <message>
        <source>no connection to %1:%2 within %3 s</source>
        <translation>%3 秒内未能连接到 %1:%2</translation>
    </message>
    <message>
        <source>skipped %1 bytes from the station: %2</source>
        <translation>跳过了来自站点的 %1 个字节：%2</translation>
    </message>
    <message>
        <source>rejected a packet from the station: %1 at %2: %3</source>
        <translation>拒收来自站点的数据包：%1（第 %2 字节）：%3</translation>
    </message>
    <message>
        <source>cannot encode CN %1: %2</source>
        <translation>无法编码 CN %1：%2</translation>
    </message>
    <message>
        <source>no answer to packet QN %1 after %2 resends; given up</source>
        <translation>数据包 QN %1 重发 %2 次后仍无应答；已放弃</translation>
    </message>
    <message>
        <source>command %1 is not supported</source>
        <translation>不支持命令 %1</translation>
    </message>
    <message>
        <source>refused real-time interval &apos;%1&apos;: a multiple of %2 s up to %3 s</source>
        <translation>拒绝实时数据间隔“%1”：应为 %2 秒的整数倍，最大 %3 秒</translation>
    </message>
    <message>
        <source>refused CN %1: no valid BeginTime and EndTime</source>
        <translation>拒绝 CN %1：没有有效的 BeginTime 和 EndTime</translation>
    </message>
    <message>
        <source>refused CN %1: %2 periods asked, at most %3</source>
        <translation>拒绝 CN %1：请求了 %2 个周期，最多 %3 个</translation>
    </message>
    <message>
        <source>refused CN 2011: %1 instants asked, at most %2</source>
        <translation>拒绝 CN 2011：请求了 %1 个时刻，最多 %2 个</translation>
    </message>
</context>
<context>
    <name>vocsync::alarms</name>
    <message>
        <source>Active, unacknowledged</source>
        <translation>报警中，未确认</translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translation>报警中，已确认</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>已消除，未确认</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>越限</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>报警 %1</translation>
    </message>
    <message>
        <source>the alarm is already acknowledged (by %1)</source>
        <translation>报警已被确认（%1）</translation>
    </message>
    <message>
        <source>the alarm is normal (cleared and acknowledged): nothing to acknowledge</source>
        <translation>报警已恢复（已消除并确认），无需确认</translation>
    </message>
    <message>
        <source>the alarm is already cleared</source>
        <translation>报警已消除</translation>
    </message>
    <message>
        <source>only a cleared, unacknowledged alarm can become active again</source>
        <translation>只有已消除且未确认的报警可以重新激活</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>未知操作</translation>
    </message>
    <message>
        <source>current</source>
        <translation>电流</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <source>power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>电能</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>[%1] %2 %3: %4 reached %5, above the limit %6, for %7 min</source>
        <translation>【%1】%2 %3：%4达到 %5，超过限值 %6，持续%7分钟</translation>
    </message>
    <message>
        <source>[%1] %2 %3: %4 fell to %5, below the limit %6, for %7 min</source>
        <translation>【%1】%2 %3：%4降至 %5，低于限值 %6，持续%7分钟</translation>
    </message>
    <message>
        <source>[%1] %2 %3: %4 %5, for %6 min</source>
        <translation>【%1】%2 %3：%4 %5，持续%6分钟</translation>
    </message>
    <message>
        <source>[%1] %2 %3: %4, for %5 min</source>
        <translation>【%1】%2 %3：%4，持续%5分钟</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (escalated to alarm)</source>
        <translation>%1（已升级为报警）</translation>
    </message>
    <message>
        <source>%1 (reminder %2, not acknowledged)</source>
        <translation>%1（第%2次提醒，尚未确认）</translation>
    </message>
    <message>
        <source>%1: an entry is empty</source>
        <translation>%1：有空条目</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; contains a comma</source>
        <translation>%1：“%2”含有逗号</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>%1 (in: %2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::AlarmEngine</name>
    <message>
        <source>alarm rule &apos;%1&apos;</source>
        <translation>报警规则“%1”</translation>
    </message>
    <message>
        <source>there is no alarm rule with this id</source>
        <translation>没有此编号的报警规则</translation>
    </message>
    <message>
        <source>alarm rule %1</source>
        <translation>报警规则 %1</translation>
    </message>
    <message>
        <source>acknowledging an alarm needs the user who does it</source>
        <translation>确认报警需要填写确认人</translation>
    </message>
    <message>
        <source>the alarm is normal or does not exist: nothing to acknowledge</source>
        <translation>报警已恢复或不存在，无需确认</translation>
    </message>
    <message>
        <source>shelving an alarm needs the user who does it</source>
        <translation>搁置报警需要填写操作人</translation>
    </message>
    <message>
        <source>the alarm is normal or does not exist: nothing to shelve</source>
        <translation>报警已恢复或不存在，无法搁置</translation>
    </message>
    <message>
        <source>the shelf must end in the future</source>
        <translation>搁置结束时间必须晚于现在</translation>
    </message>
    <message>
        <source>the alarm store refused the change; see the log</source>
        <translation>报警库拒绝了此修改，请查看日志</translation>
    </message>
    <message>
        <source>unshelving an alarm needs the user who does it</source>
        <translation>取消搁置需要填写操作人</translation>
    </message>
    <message>
        <source>the alarm is not shelved</source>
        <translation>该报警未被搁置</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>报警 %1</translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::AlarmRule</name>
    <message>
        <source>name: must not be empty</source>
        <translation>名称：不能为空</translation>
    </message>
    <message>
        <source>scope_id: &apos;%1&apos; contains a comma</source>
        <translation>适用对象：“%1”含有逗号</translation>
    </message>
    <message>
        <source>limit: must be a finite number</source>
        <translation>限值：必须是有限数值</translation>
    </message>
    <message>
        <source>duration_s: must be at least 0, found %1</source>
        <translation>持续时长：不能小于 0（当前 %1）</translation>
    </message>
    <message>
        <source>escalate_after_s: must be at least 0, found %1</source>
        <translation>升级时长：不能小于 0（当前 %1）</translation>
    </message>
    <message>
        <source>renotify_minutes: must be at least 0, found %1</source>
        <translation>重复通知间隔：不能小于 0（当前 %1）</translation>
    </message>
    <message>
        <source>schedule.days: must name at least one day of the week (bits 0-6), found %1</source>
        <translation>生效日（schedule）：至少选择一天（当前 %1）</translation>
    </message>
    <message>
        <source>schedule: the daily window needs valid from and to times</source>
        <translation>每日时段（schedule）：起止时间无效</translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::AlarmStore</name>
    <message>
        <source>alarm rule &apos;%1&apos;</source>
        <translation>报警规则“%1”</translation>
    </message>
    <message>
        <source>there is no alarm rule with this id</source>
        <translation>没有此编号的报警规则</translation>
    </message>
    <message>
        <source>alarm rule %1</source>
        <translation>报警规则 %1</translation>
    </message>
    <message>
        <source>there is no alarm with this id</source>
        <translation>不存在此编号的报警</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>报警 %1</translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::GsmModemChannel</name>
    <message>
        <source>SMS modem: the serial port name is empty</source>
        <translation>短信猫：串口名称为空</translation>
    </message>
    <message>
        <source>SMS modem: baud rate %1 is not positive</source>
        <translation>短信猫：波特率 %1 必须大于 0</translation>
    </message>
    <message>
        <source>SMS modem: timeouts must be positive</source>
        <translation>短信猫：超时时间必须大于 0</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>没有接收人</translation>
    </message>
    <message>
        <source>cannot open serial port %1: %2</source>
        <translation>无法打开串口 %1：%2</translation>
    </message>
    <message>
        <source>modem answered %1 to %2</source>
        <translation>短信猫对 %2 的应答为 %1</translation>
    </message>
    <message>
        <source>the PDU</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>no answer to %1 within %2 ms</source>
        <translation>%1 在 %2 毫秒内无应答</translation>
    </message>
    <message>
        <source>serial port %1: %2</source>
        <translation>串口 %1：%2</translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::SmsGatewayChannel</name>
    <message>
        <source>no recipient</source>
        <translation>没有接收人</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无应答</translation>
    </message>
    <message>
        <source>%1, but the answer does not contain &apos;%2&apos;: %3</source>
        <translation>%1，但应答中不含“%2”：%3</translation>
    </message>
    <message>
        <source>%1, but the answer does not match &apos;%2&apos;: %3</source>
        <translation>%1，但应答不匹配“%2”：%3</translation>
    </message>
    <message>
        <source>SMS gateway: the URL template &apos;%1&apos; is not a URL</source>
        <translation>短信网关：URL 模板“%1”不是有效网址</translation>
    </message>
    <message>
        <source>SMS gateway: the URL must start with http:// or https://</source>
        <translation>短信网关：URL 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>SMS gateway: success pattern: %1</source>
        <translation>短信网关：成功判定表达式：%1</translation>
    </message>
    <message>
        <source>SMS gateway: timeout must be positive</source>
        <translation>短信网关：超时时间必须大于 0</translation>
    </message>
    <message>
        <source>SMS gateway: invalid header &apos;%1&apos;</source>
        <translation>短信网关：请求头“%1”无效</translation>
    </message>
    <message>
        <source>not a valid URL after expansion: %1</source>
        <translation>替换占位符后不是有效网址：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::sms</name>
    <message>
        <source>not a phone number: &apos;%1&apos;</source>
        <translation>不是电话号码：“%1”</translation>
    </message>
    <message>
        <source>empty phone number</source>
        <translation>电话号码为空</translation>
    </message>
    <message>
        <source>phone number longer than %1 digits: &apos;%2&apos;</source>
        <translation>电话号码超过 %1 位：“%2”</translation>
    </message>
    <message>
        <source>message needs %1 SMS, at most 255 can be concatenated</source>
        <translation>消息需要 %1 条短信，最多只能拼接 255 条</translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::storerows</name>
    <message>
        <source>alarm rule %1</source>
        <translation>报警规则 %1</translation>
    </message>
    <message>
        <source>the stored scope &apos;%1&apos;, level &apos;%2&apos; or quantity &apos;%3&apos; is not known</source>
        <translation>数据库中的范围“%1”、级别“%2”或物理量“%3”无法识别</translation>
    </message>
    <message>
        <source>the stored event type &apos;%1&apos; is not known</source>
        <translation>数据库中的事件类型“%1”无法识别</translation>
    </message>
    <message>
        <source>the stored level &apos;%1&apos; or state &apos;%2&apos; is not known</source>
        <translation>数据库中的级别“%1”或状态“%2”无法识别</translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation>报警 %1</translation>
    </message>
    <message>
        <source>the stored evidence is not a JSON object: %1</source>
        <translation>数据库中的证据不是 JSON 对象：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::analysis</name>
    <message>
        <source>Treatment not started</source>
        <translation>未同时开启</translation>
    </message>
    <message>
        <source>Late start</source>
        <translation>滞后开启</translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation>提前关闭</translation>
    </message>
    <message>
        <source>Abnormal stop</source>
        <translation>中途停机</translation>
    </message>
    <message>
        <source>Treatment idling</source>
        <translation>治污空转</translation>
    </message>
    <message>
        <source>Treatment slowed down</source>
        <translation>降频运行</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>越限</translation>
    </message>
    <message>
        <source>Data gap</source>
        <translation>数据中断</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Only %1 valid readings: at least %2 are needed to suggest thresholds.</source>
        <translation>只有 %1 个有效读数：至少需要 %2 个才能建议阈值。</translation>
    </message>
    <message>
        <source>All readings are %1: the history shows no change of load.</source>
        <translation>所有读数均为 %1：历史数据中负荷没有变化。</translation>
    </message>
    <message>
        <source>The readings show one load level only (around %1): the history never shows the facility both stopped and running.</source>
        <translation>读数只有一个负荷水平（约 %1）：历史数据中没有同时出现停机和运行。</translation>
    </message>
    <message>
        <source>The readings show no positive load level.</source>
        <translation>读数中没有正的负荷水平。</translation>
    </message>
    <message>
        <source>The facility never stops or idles in this history: its lowest load level, %1, is %2 % of its loaded level, %3.</source>
        <translation>该设施在此历史中从未停机或空载：最低负荷水平 %1 为带载水平 %3 的 %2 %。</translation>
    </message>
    <message>
        <source>No off period in this history: the off threshold is extrapolated below the idle level.</source>
        <translation>此历史中没有停机时段：停机阈值按空载水平向下推算。</translation>
    </message>
    <message>
        <source>Readings around %1 look like overload but are not clearly apart from the loaded level: no overload threshold is proposed.</source>
        <translation>约 %1 的读数像是过载，但与带载水平区分不明显：不建议过载阈值。</translation>
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
    <message>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>analysing</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>points</source>
        <translation>监测点</translation>
    </message>
    <message>
        <source>Plant JSON (as vocsync-cli plant export writes it).</source>
        <translation>企业设施配置 JSON（vocsync-cli plant export 导出的格式）。</translation>
    </message>
    <message>
        <source>Samples CSV (docs/samples-csv.md).</source>
        <translation>采样数据 CSV（docs/samples-csv.md）。</translation>
    </message>
    <message>
        <source>Start of the period (inclusive).</source>
        <translation>时段起点（含）。</translation>
    </message>
    <message>
        <source>End of the period (exclusive).</source>
        <translation>时段终点（不含）。</translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation>将 JSON 输出在一行内。</translation>
    </message>
    <message>
        <source>give either --plant and --samples, or --db</source>
        <translation>请给出 --plant 和 --samples，或者 --db</translation>
    </message>
    <message>
        <source>--plant and --samples go together</source>
        <translation>--plant 和 --samples 必须同时给出</translation>
    </message>
    <message>
        <source>vocsync-cli thresholds suggest --db FILE --facility ID [--days N]

Proposes off/run/overload thresholds and a hysteresis for a facility from the last N days (default 30) of its stored readings, with a confidence from 0 to 1 and the modes (off, idle, loaded) found. Prints one JSON object; nothing is changed.</source>
        <translation>vocsync-cli thresholds suggest --db FILE --facility ID [--days N]

根据设施最近 N 天（默认 30 天）的存储读数，建议停机/运行/过载阈值和回差，并给出 0 到 1 的置信度及识别出的负荷模态（停机、空载、带载）。输出一个 JSON 对象；不修改任何配置。</translation>
    </message>
    <message>
        <source>Facility id.</source>
        <translation>设施编号。</translation>
    </message>
    <message>
        <source>Days of history (default 30).</source>
        <translation>历史天数（默认 30）。</translation>
    </message>
    <message>
        <source>--db FILE and --facility ID are required</source>
        <translation>必须给出 --db FILE 和 --facility ID</translation>
    </message>
    <message>
        <source>expected a number of days from 1 to 3660, found &apos;%1&apos;</source>
        <translation>天数应在 1 到 3660 之间，实际为“%1”</translation>
    </message>
    <message>
        <source>unknown facility &apos;%1&apos;</source>
        <translation>未知设施“%1”</translation>
    </message>
    <message>
        <source>facility &apos;%1&apos; has no point measuring %2</source>
        <translation>设施“%1”没有测量 %2 的监测点</translation>
    </message>
    <message>
        <source>vocsync-cli thresholds suggest --db FILE --facility ID [--days N]

Proposes run-state thresholds from a facility&apos;s history.</source>
        <translation>vocsync-cli thresholds suggest --db FILE --facility ID [--days N]

根据设施的历史数据建议运行状态阈值。</translation>
    </message>
    <message>
        <source>no samples in the period: give --from and --to to analyse an empty period</source>
        <translation>时段内没有采样数据：分析空时段请给出 --from 和 --to</translation>
    </message>
    <message>
        <source>the period is empty: it must end after it starts</source>
        <translation>时段为空：终点必须晚于起点</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not POINT:QUANTITY&gt;VALUE[:SECONDS] (or &lt;), e.g. E01-F01-M:current_a&gt;45:60</source>
        <translation>“%1”不符合 POINT:QUANTITY&gt;VALUE[:SECONDS]（或 &lt;）格式，例如 E01-F01-M:current_a&gt;45:60</translation>
    </message>
    <message>
        <source>point &apos;%1&apos; does not measure &apos;%2&apos;</source>
        <translation>监测点“%1”不测量“%2”</translation>
    </message>
    <message>
        <source>vocsync-cli analyze --plant PLANT.json --samples SAMPLES.csv [--from T] [--to T]
vocsync-cli analyze --db FILE [--from T] [--to T] [--limit SPEC]...

Prints one JSON object (docs/analysis.md): facilities with their run states, sync figures per production facility, enterprises with sync rate and risk, events (anomalies with evidence) and data-quality flags. T is ISO 8601 (without an offset: the station&apos;s zone) or epoch milliseconds; --from is inclusive, --to exclusive; by default the period spans the samples.</source>
        <translation>vocsync-cli analyze --plant PLANT.json --samples SAMPLES.csv [--from T] [--to T]
vocsync-cli analyze --db FILE [--from T] [--to T] [--limit SPEC]...

输出一个 JSON 对象（docs/analysis.md）：各设施的运行状态、各产污设施的同步运行数据、各企业的同步运行率和风险、事件（附证据的异常）以及数据质量标记。T 为 ISO 8601 时间（不带时区偏移时按站点时区）或纪元毫秒；--from 含起点，--to 不含终点；默认时段覆盖全部采样数据。</translation>
    </message>
    <message>
        <source>An over_limit rule, repeatable: POINT:QUANTITY&gt;VALUE[:SECONDS] or with &lt;; the value must stay beyond for SECONDS (default 60), e.g. E01-F01-M:current_a&gt;45:60.</source>
        <translation>越限规则，可重复：POINT:QUANTITY&gt;VALUE[:SECONDS]，或用 &lt;；数值须持续越限 SECONDS 秒（默认 60），例如 E01-F01-M:current_a&gt;45:60。</translation>
    </message>
    <message>
        <source>vocsync-cli dlt645 read --serial DEV --address 12DIGITS [--template ID|FILE.json]
    [--baud 2400] [--parity E] [--json] [--count N] [--interval MS]

Reads a DL/T 645-2007 meter: voltage, current, active power, power factor, frequency and
energy (the template&apos;s data identifiers), one request per identifier. The address is
the 12 digits on the nameplate. Line defaults: 2400 bit/s, 8E1.</source>
        <translation>vocsync-cli dlt645 read --serial DEV --address 12DIGITS [--template ID|FILE.json]
    [--baud 2400] [--parity E] [--json] [--count N] [--interval MS]

读取 DL/T 645-2007 电能表：电压、电流、有功功率、功率因数、频率和电能
（即设备模板中的数据标识），每个数据标识发送一次请求。地址为铭牌上的
12 位数字。串口默认参数：2400 bit/s，8E1。</translation>
    </message>
    <message>
        <source>Template id or .json file (default dlt645-2007-generic).</source>
        <translation>设备模板编号或 .json 文件（默认 dlt645-2007-generic）。</translation>
    </message>
    <message>
        <source>Meter address, 12 digits.</source>
        <translation>电能表地址，12 位数字。</translation>
    </message>
    <message>
        <source>--address DIGITS is required</source>
        <translation>必须指定 --address DIGITS</translation>
    </message>
    <message>
        <source>vocsync-cli dlt645 read ...

  read   read a DL/T 645-2007 meter
</source>
        <translation>vocsync-cli dlt645 read ...

  read   读取 DL/T 645-2007 电能表
</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found &apos;%3&apos;</source>
        <translation>应为 %1 到 %2 之间的数字，实际为“%3”</translation>
    </message>
    <message>
        <source>vocsync-cli modbus read --template ID|FILE.json (--tcp HOST:PORT | --rtu-tcp HOST:PORT |
    --serial DEV [--baud N] [--parity N|E|O]) --unit N [--json] [--count N] [--interval MS]

Reads a meter by its device template and prints the decoded values (a table, or one JSON
object per reading with --json). PT/CT ratios come from the meter&apos;s registers where the
template has them, or from --pt/--ct. Exit 1 when the meter does not answer.</source>
        <translation>vocsync-cli modbus read --template ID|FILE.json (--tcp HOST:PORT | --rtu-tcp HOST:PORT |
    --serial DEV [--baud N] [--parity N|E|O]) --unit N [--json] [--count N] [--interval MS]

按设备模板读取仪表并输出解析后的数值（表格；使用 --json 时每次读数输出一个
JSON 对象）。设备模板定义了 PT/CT 变比寄存器时从仪表寄存器读取变比，否则
取 --pt/--ct 的值。仪表无应答时退出码为 1。</translation>
    </message>
    <message>
        <source>Template id or .json file.</source>
        <translation>设备模板编号或 .json 文件。</translation>
    </message>
    <message>
        <source>Unit id (slave address).</source>
        <translation>站号（从站地址）。</translation>
    </message>
    <message>
        <source>PT ratio (default: from the meter).</source>
        <translation>PT 变比（默认：从仪表读取）。</translation>
    </message>
    <message>
        <source>CT ratio (default: from the meter).</source>
        <translation>CT 变比（默认：从仪表读取）。</translation>
    </message>
    <message>
        <source>--template ID is required</source>
        <translation>必须指定 --template ID</translation>
    </message>
    <message>
        <source>ratios must be numbers &gt;= 0</source>
        <translation>变比必须是 &gt;= 0 的数字</translation>
    </message>
    <message>
        <source>vocsync-cli modbus scan (--serial DEV [--baud N] [--parity N|E|O] | --tcp HOST:PORT |
    --rtu-tcp HOST:PORT) [--from 1] [--to 247] [--function 3] [--address 0] [--json]

Finds the unit ids that answer on a bus or behind a gateway: reads one register of each
unit id in turn. A unit that answers with an exception is there too. Use a short
--timeout (e.g. 200) to scan a whole bus quickly.</source>
        <translation>vocsync-cli modbus scan (--serial DEV [--baud N] [--parity N|E|O] | --tcp HOST:PORT |
    --rtu-tcp HOST:PORT) [--from 1] [--to 247] [--function 3] [--address 0] [--json]

查找总线上或网关后有应答的站号：依次读取每个站号的一个寄存器。
以异常响应应答的站号同样计入。使用较短的 --timeout（如 200）
可快速扫描整条总线。</translation>
    </message>
    <message>
        <source>First unit id (default 1).</source>
        <translation>起始站号（默认 1）。</translation>
    </message>
    <message>
        <source>Last unit id (default 247).</source>
        <translation>结束站号（默认 247）。</translation>
    </message>
    <message>
        <source>3 or 4 (default 3).</source>
        <translation>3 或 4（默认 3）。</translation>
    </message>
    <message>
        <source>Register to read (default 0; 0x.. accepted).</source>
        <translation>要读取的寄存器（默认 0；可用 0x.. 十六进制）。</translation>
    </message>
    <message>
        <source>JSON Lines output.</source>
        <translation>以 JSON Lines 格式输出。</translation>
    </message>
    <message>
        <source>--to is below --from</source>
        <translation>--to 小于 --from</translation>
    </message>
    <message>
        <source>scanning</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>units</source>
        <translation>个站号</translation>
    </message>
    <message>
        <source>unit %1 answers: %2</source>
        <translation>站号 %1 有应答：%2</translation>
    </message>
    <message>
        <source>%1 unit(s) found</source>
        <translation>找到 %1 个从站</translation>
    </message>
    <message>
        <source>vocsync-cli modbus read|scan ...

  read   read a meter by its device template
  scan   find the unit ids on a bus
</source>
        <translation>vocsync-cli modbus read|scan ...

  read   按设备模板读取仪表
  scan   查找总线上的站号
</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; known: %2</source>
        <translation>未知设备模板“%1”；已有：%2</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; is a %2 template, not %3</source>
        <translation>设备模板“%1”是 %2 模板，不是 %3 模板</translation>
    </message>
    <message>
        <source>%1  round trip %2 ms  PT %3  CT %4
</source>
        <translation>%1  往返 %2 毫秒  PT %3  CT %4
</translation>
    </message>
    <message>
        <source>giving up after %1 failed attempts in a row</source>
        <translation>连续失败 %1 次，已放弃</translation>
    </message>
    <message>
        <source>vocsync-cli hj212 parse [FILE] [--no-crc]

Reads HJ 212 packets, one per line (CRLF or LF), from FILE or standard input and writes
JSON Lines: one object per packet with its header fields and CP decoded, or
{&quot;error&quot;: text, &quot;reason&quot;: key, &quot;offset&quot;: N, &quot;line&quot;: L} for a rejected one (offset
= byte in the line, 0 = the first &apos;#&apos;). Empty lines are skipped. Exit 0 when every
packet parsed, 1 when any was rejected or FILE cannot be read, 2 on usage errors.</source>
        <translation>vocsync-cli hj212 parse [FILE] [--no-crc]

从 FILE 或标准输入读取 HJ 212 数据包（每行一个，CRLF 或 LF 换行），输出 JSON Lines：
每个数据包一个对象，包含其包头字段和解码后的 CP；被拒收的数据包输出
{&quot;error&quot;: 文本, &quot;reason&quot;: 原因键, &quot;offset&quot;: N, &quot;line&quot;: L}（offset 为该行中的字节位置，
0 为第一个 &apos;#&apos;）。空行将被跳过。全部数据包解析成功时退出码为 0，有数据包被拒收或
无法读取 FILE 时为 1，用法错误时为 2。</translation>
    </message>
    <message>
        <source>Packets, one per line (default: standard input).</source>
        <translation>数据包，每行一个（默认：标准输入）。</translation>
    </message>
    <message>
        <source>Do not check the CRC (show damaged packets decoded).</source>
        <translation>不校验 CRC（损坏的数据包也解码显示）。</translation>
    </message>
    <message>
        <source>expected at most one FILE, found %1</source>
        <translation>最多只能指定一个 FILE，实际为 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 packets rejected</source>
        <translation>%2 个数据包中有 %1 个被拒收</translation>
    </message>
    <message>
        <source>vocsync-cli hj212 crc [--frame] TEXT

Prints the HJ 212 CRC16 (4 hex digits) of a data segment: the text between the length
and the CRC of a frame, &quot;QN=...;ST=...;...;CP=&amp;&amp;...&amp;&amp;&quot; (UTF-8 bytes). With --frame,
prints the complete frame instead: ##, length, segment, CRC and CRLF.</source>
        <translation>vocsync-cli hj212 crc [--frame] TEXT

输出数据段的 HJ 212 CRC16（4 位十六进制数字）。数据段即报文中长度与 CRC 之间的文本，
&quot;QN=...;ST=...;...;CP=&amp;&amp;...&amp;&amp;&quot;（按 UTF-8 字节计算）。使用 --frame 时，
改为输出完整报文：##、长度、数据段、CRC 和 CRLF。</translation>
    </message>
    <message>
        <source>The data segment.</source>
        <translation>数据段。</translation>
    </message>
    <message>
        <source>Print the complete frame.</source>
        <translation>输出完整报文。</translation>
    </message>
    <message>
        <source>expected one TEXT (quote it: it contains &apos;;&apos; and &apos;&amp;&apos;)</source>
        <translation>应指定一个 TEXT（请加引号：其中含有 &apos;;&apos; 和 &apos;&amp;&apos;）</translation>
    </message>
    <message>
        <source>TEXT is the data segment only, without &quot;##&quot;, the length and the CRC</source>
        <translation>TEXT 只是数据段，不含“##”、长度和 CRC</translation>
    </message>
    <message>
        <source>the data segment has %1 bytes; a frame holds at most %2</source>
        <translation>数据段有 %1 字节；一个报文最多容纳 %2 字节</translation>
    </message>
    <message>
        <source>vocsync-cli hj212 parse|crc|send|listen|simulate ...

  parse      decode packets (one per line) into JSON Lines
  crc        the CRC16 of a data segment, or the whole frame
  send       send packets to a server and print its answers
  listen     accept transmitters and store what they send
  simulate   run the demo plant&apos;s transmitters, sending to a server
</source>
        <translation>vocsync-cli hj212 parse|crc|send|listen|simulate ...

  parse      将数据包（每行一个）解码为 JSON Lines
  crc        计算数据段的 CRC16，或生成完整报文
  send       向服务端发送数据包并输出其应答
  listen     接受数采仪连接并保存其上报的数据
  simulate   运行演示工厂的数采仪，向服务端发送数据
</translation>
    </message>
    <message>
        <source>--accept-demo needs the demo plant in the database: %1</source>
        <translation>--accept-demo 要求数据库中有演示工厂：%1</translation>
    </message>
    <message>
        <source>listened %1 s: %2 packets in, %3 out, %4 rejected; %5 values; %6 samples and %7 factor values stored, %8 samples refused</source>
        <translation>监听 %1 秒：收到 %2 包，发出 %3 包，拒收 %4 包；%5 个数值；已保存 %6 条样本和 %7 个因子值，%8 条样本被拒收</translation>
    </message>
    <message>
        <source>  %1 %2 %3: %4 packets, %5 errors, %6 values (%7 backfilled)%8</source>
        <translation>  %1 %2 %3：%4 包，%5 个错误，%6 个数值（补传 %7 个）%8</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>; last error: %1</source>
        <translation>；最近错误：%1</translation>
    </message>
    <message>
        <source>vocsync-cli hj212 listen --port N --db FILE [--registry FILE.json] [--bind ADDR]
                         [--accept-demo] [--json] [--duration S]

Runs the station&apos;s HJ 212 server: transmitters (数采仪) connect to PORT, packets of MNs
registered in the database (or in --registry, imported into it first) with the right
password are answered and stored (samples of bound points, other factors), gaps after
an outage are backfilled by history requests. Prints one line per packet in and out
(JSON Lines with --json: time, dir, peer, mn, cn, qn, ok, error, samples), the outcome
of each command, and a summary when stopped by Ctrl+C, SIGTERM or --duration.
--accept-demo also accepts the demo plant&apos;s transmitters (`hj212 simulate`), saving
the demo plant into an empty database. See docs/hj212-demo.md.</source>
        <translation>vocsync-cli hj212 listen --port N --db FILE [--registry FILE.json] [--bind ADDR]
                         [--accept-demo] [--json] [--duration S]

运行本站的 HJ 212 服务端：数采仪连接到 PORT；MN 已在数据库中注册（或在 --registry 中给出，
先导入数据库）且密码正确的数据包予以应答并保存（已绑定监测点的样本及其他因子），
中断后的数据缺口通过历史数据提取命令补传。每收发一个数据包输出一行
（使用 --json 时输出 JSON Lines：time、dir、peer、mn、cn、qn、ok、error、samples），
并输出每条命令的结果；被 Ctrl+C、SIGTERM 或 --duration 停止时输出汇总。
--accept-demo 同时接受演示工厂的数采仪（`hj212 simulate`），并将演示工厂配置
写入空数据库。
参见 docs/hj212-demo.md。</translation>
    </message>
    <message>
        <source>TCP port to listen on (0: any free port).</source>
        <translation>监听的 TCP 端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>MN registry JSON (docs/hj212-server.md) to import into the database first.</source>
        <translation>先导入数据库的 MN 注册表 JSON（docs/hj212-server.md）。</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>监听地址（默认：全部）。</translation>
    </message>
    <message>
        <source>Also accept the demo plant&apos;s transmitters.</source>
        <translation>同时接受演示工厂的数采仪。</translation>
    </message>
    <message>
        <source>Print JSON Lines.</source>
        <translation>以 JSON Lines 格式输出。</translation>
    </message>
    <message>
        <source>--port N is required</source>
        <translation>必须指定 --port N</translation>
    </message>
    <message>
        <source>--port: expected 0 to 65535, found &apos;%1&apos;</source>
        <translation>--port：应为 0 到 65535，实际为“%1”</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation>--bind：“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>factor map skipped: %1</source>
        <translation>已跳过因子映射表：%1</translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation>无法监听：%1</translation>
    </message>
    <message>
        <source>listening on %1:%2 for %3 transmitters (%4 imported, %5 demo), storing into %6</source>
        <translation>正在 %1:%2 上为 %3 台数采仪监听（导入 %4 台，演示 %5 台），数据存入 %6</translation>
    </message>
    <message>
        <source>no transmitter is registered: every packet will be rejected (use --registry FILE.json or --accept-demo)</source>
        <translation>没有已注册的数采仪：所有数据包都将被拒收（请使用 --registry FILE.json 或 --accept-demo）</translation>
    </message>
    <message>
        <source>%1 samples were refused by the database (see the messages above)</source>
        <translation>数据库拒收了 %1 条样本（见上方信息）</translation>
    </message>
    <message>
        <source>vocsync-cli hj212 simulate --to HOST:PORT [--duration S] [--db FILE] [--json]

Runs the demo plant&apos;s transmitters (one per enterprise, docs/hj212-demo.md) in real
time against an HJ 212 server such as `vocsync-cli hj212 listen --accept-demo`: each
connects as a TCP client, sends its points&apos; real-time data (CN 2011) every interval and
answers the server&apos;s commands (time, interval, minute/hour/day and real-time history).
With --db, the transmitters registered in that database whose points are demo points
are simulated (their MNs and passwords). Prints connections, data sent and commands
(JSON Lines with --json) and a summary when stopped by Ctrl+C, SIGTERM or --duration.</source>
        <translation>vocsync-cli hj212 simulate --to HOST:PORT [--duration S] [--db FILE] [--json]

实时运行演示工厂的数采仪（每家企业一台，docs/hj212-demo.md），连接 HJ 212 服务端
（例如 `vocsync-cli hj212 listen --accept-demo`）：每台数采仪作为 TCP 客户端连接，
按间隔发送其监测点的实时数据（CN 2011），并应答服务端的命令（时间、间隔、
分钟/小时/日数据及实时数据的历史提取）。使用 --db 时，模拟该数据库中已注册、且其监测点
为演示监测点的数采仪（使用它们的 MN 和密码）。输出连接、已发送的数据和命令
（使用 --json 时输出 JSON Lines），
被 Ctrl+C、SIGTERM 或 --duration 停止时输出汇总。</translation>
    </message>
    <message>
        <source>The server.</source>
        <translation>服务端。</translation>
    </message>
    <message>
        <source>--to HOST:PORT is required</source>
        <translation>必须指定 --to HOST:PORT</translation>
    </message>
    <message>
        <source>--to: expected HOST:PORT, found &apos;%1&apos;</source>
        <translation>--to：应为 HOST:PORT，实际为“%1”</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>disconnected from %1</source>
        <translation>已断开与 %1 的连接</translation>
    </message>
    <message>
        <source>real-time data %1: %2 points</source>
        <translation>实时数据 %1：%2 个监测点</translation>
    </message>
    <message>
        <source>command %1 answered: QnRtn %2, ExeRtn %3</source>
        <translation>已应答命令 %1：QnRtn %2，ExeRtn %3</translation>
    </message>
    <message>
        <source>%1 transmitters sending to %2</source>
        <translation>%1 台数采仪正在向 %2 发送</translation>
    </message>
    <message>
        <source>simulated %1 s: %2 connections, %3 real-time and %4 history packets, %5 frames sent, %6 answered, %7 resent, %8 given up, %9 commands</source>
        <translation>模拟 %1 秒：%2 次连接，%3 个实时数据包和 %4 个历史数据包，发送 %5 个报文，%6 个已应答，%7 个重发，%8 个放弃，%9 条命令</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>从未连接</translation>
    </message>
    <message>
        <source>vocsync-cli upstream list --db FILE

Prints one JSON object per upstream target with its queue: packets pending (not yet answered by the platform) and answered.</source>
        <translation>vocsync-cli upstream list --db FILE

为每个上级平台输出一个 JSON 对象，包含其队列情况：待发数据包（平台尚未应答）和已应答数据包。</translation>
    </message>
    <message>
        <source>no enterprise &apos;%1&apos; in the station&apos;s plant</source>
        <translation>本站工厂配置中没有企业“%1”</translation>
    </message>
    <message>
        <source>vocsync-cli upstream add --db FILE --name NAME --host HOST --port N --mn MN --password PW (--enterprise ID | --transmitter MN) [--st 31] [--version 2017] [--factor-map ID] [--disabled]

Adds a central platform to forward to: an enterprise&apos;s points (as real-time data under VocSync&apos;s electrical codes) or a transmitter&apos;s factor values, under the MN and password the platform gave. Prints the new target as JSON.</source>
        <translation>vocsync-cli upstream add --db FILE --name NAME --host HOST --port N --mn MN --password PW (--enterprise ID | --transmitter MN) [--st 31] [--version 2017] [--factor-map ID] [--disabled]

添加一个转发目标上级平台（监控中心）：使用平台分配的 MN 和密码，转发某企业的监测点数据（以 VocSync 的电气量编码作为实时数据上报）或某数采仪的因子值。以 JSON 格式输出新增的目标。</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Platform host.</source>
        <translation>平台主机地址。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Platform TCP port.</source>
        <translation>平台 TCP 端口。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>MN the platform assigned.</source>
        <translation>平台分配的 MN。</translation>
    </message>
    <message>
        <source>MN</source>
        <translation>MN</translation>
    </message>
    <message>
        <source>Access password (PW).</source>
        <translation>访问密码（PW）。</translation>
    </message>
    <message>
        <source>PW</source>
        <translation>PW</translation>
    </message>
    <message>
        <source>Forward this enterprise&apos;s points.</source>
        <translation>转发该企业的监测点数据。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Forward this transmitter&apos;s factor values.</source>
        <translation>转发该数采仪的因子值。</translation>
    </message>
    <message>
        <source>System code ST (default 31).</source>
        <translation>系统编码 ST（默认 31）。</translation>
    </message>
    <message>
        <source>ST</source>
        <translation>ST</translation>
    </message>
    <message>
        <source>Protocol written: 2005, 2017 (default) or 2025.</source>
        <translation>发送所用的协议版本：2005、2017（默认）或 2025。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>Factor map for electrical codes (default vocsync-electric).</source>
        <translation>电气量编码所用的因子映射表（默认 vocsync-electric）。</translation>
    </message>
    <message>
        <source>Add it switched off.</source>
        <translation>添加为停用状态。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>give exactly one of --enterprise and --transmitter</source>
        <translation>--enterprise 和 --transmitter 必须且只能指定一个</translation>
    </message>
    <message>
        <source>port must be 1..65535, got &apos;%1&apos;</source>
        <translation>端口必须为 1..65535，实际为“%1”</translation>
    </message>
    <message>
        <source>host is empty</source>
        <translation>主机地址为空</translation>
    </message>
    <message>
        <source>ST must be 2 characters, got &apos;%1&apos;</source>
        <translation>ST 必须为 2 个字符，实际为“%1”</translation>
    </message>
    <message>
        <source>version must be 2005, 2017 or 2025, got &apos;%1&apos;</source>
        <translation>版本必须为 2005、2017 或 2025，实际为“%1”</translation>
    </message>
    <message>
        <source>vocsync-cli upstream remove --db FILE --id N

Removes an upstream target and its queue (packets not yet answered are dropped).</source>
        <translation>vocsync-cli upstream remove --db FILE --id N

删除一个上级平台及其队列（尚未应答的数据包将被丢弃）。</translation>
    </message>
    <message>
        <source>Target id (see &apos;upstream list&apos;).</source>
        <translation>目标编号（见 &apos;upstream list&apos;）。</translation>
    </message>
    <message>
        <source>--db FILE and --id N are required</source>
        <translation>必须指定 --db FILE 和 --id N</translation>
    </message>
    <message>
        <source>not a target id: &apos;%1&apos;</source>
        <translation>不是有效的目标编号：“%1”</translation>
    </message>
    <message>
        <source>no upstream target with id %1</source>
        <translation>没有编号为 %1 的上级平台</translation>
    </message>
    <message>
        <source>Usage: vocsync-cli upstream list --db FILE
       vocsync-cli upstream add --db FILE --name NAME --host HOST --port N --mn MN --password PW (--enterprise ID | --transmitter MN)
       vocsync-cli upstream remove --db FILE --id N

The central platforms the station forwards to over HJ 212 (docs/hj212-upstream.md).
</source>
        <translation>用法：vocsync-cli upstream list --db FILE
      vocsync-cli upstream add --db FILE --name NAME --host HOST --port N --mn MN --password PW (--enterprise ID | --transmitter MN)
      vocsync-cli upstream remove --db FILE --id N

本站通过 HJ 212 转发数据的上级平台（docs/hj212-upstream.md）。
</translation>
    </message>
</context>
<context>
    <name>vocsync::cli::PortOptions</name>
    <message>
        <source>give exactly one port: --serial DEV%1</source>
        <translation>只能指定一个端口：--serial DEV%1</translation>
    </message>
    <message>
        <source>, --tcp HOST:PORT or --rtu-tcp HOST:PORT</source>
        <translation>、--tcp HOST:PORT 或 --rtu-tcp HOST:PORT</translation>
    </message>
    <message>
        <source>expected 1200, 2400, 4800, 9600, 19200, 38400, 57600 or 115200, found &apos;%1&apos;</source>
        <translation>应为 1200、2400、4800、9600、19200、38400、57600 或 115200，实际为“%1”</translation>
    </message>
    <message>
        <source>expected N, E or O, found &apos;%1&apos;</source>
        <translation>应为 N、E 或 O，实际为“%1”</translation>
    </message>
</context>
<context>
    <name>vocsync::cli::hj212cli</name>
    <message>
        <source>%1:%2: the packet does not parse (%3 at byte %4: %5); sent as it is</source>
        <translation>%1:%2：数据包无法解析（%3，第 %4 字节：%5）；按原样发送</translation>
    </message>
    <message>
        <source>%1: skipped %2 bytes at stream offset %3 (%4)</source>
        <translation>%1：在数据流偏移 %3 处跳过 %2 个字节（%4）</translation>
    </message>
    <message>
        <source>vocsync-cli hj212 send --to HOST:PORT FILE [--wait-answer MS] [--json]

Connects to an HJ 212 server and sends the packets of FILE (&quot;-&quot;: standard input), one
per line: a line starting with ## is sent as a frame, any other line is a data segment
and is framed (length, CRC, CRLF) first. After each packet, prints the answers that
arrive until MS pass without a byte: raw frames, one per line, or decoded as JSON Lines
with --json. Exit 1 when the connection fails or is closed before every packet is sent.</source>
        <translation>vocsync-cli hj212 send --to HOST:PORT FILE [--wait-answer MS] [--json]

连接 HJ 212 服务端，发送 FILE（&quot;-&quot;：标准输入）中的数据包，每行一个：以 ## 开头的行
作为完整报文发送，其他行视为数据段，先封装成报文（长度、CRC、CRLF）再发送。每发送一个
数据包后，输出陆续收到的应答，直到 MS 毫秒内没有新的字节：原始报文每行一个，使用 --json
时解码为 JSON Lines。
连接失败或在全部数据包发送完之前被关闭时，退出码为 1。</translation>
    </message>
    <message>
        <source>Packets, one per line.</source>
        <translation>数据包，每行一个。</translation>
    </message>
    <message>
        <source>The server.</source>
        <translation>服务端。</translation>
    </message>
    <message>
        <source>Wait for answers until MS pass in silence (default 1000; 0: do not wait).</source>
        <translation>等待应答，直到静默 MS 毫秒（默认 1000；0：不等待）。</translation>
    </message>
    <message>
        <source>Connection timeout (default 5000).</source>
        <translation>连接超时，毫秒（默认 5000）。</translation>
    </message>
    <message>
        <source>Print the answers decoded, as JSON Lines.</source>
        <translation>以 JSON Lines 格式输出解码后的应答。</translation>
    </message>
    <message>
        <source>--to HOST:PORT is required</source>
        <translation>必须指定 --to HOST:PORT</translation>
    </message>
    <message>
        <source>--to: expected HOST:PORT, found &apos;%1&apos;</source>
        <translation>--to：应为 HOST:PORT，实际为“%1”</translation>
    </message>
    <message>
        <source>--wait-answer and --timeout take milliseconds</source>
        <translation>--wait-answer 和 --timeout 的单位为毫秒</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>应指定一个 FILE</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>the connection ended after %1 of %2 packets (%3)</source>
        <translation>发送完 %2 个数据包中的 %1 个后连接中断（%3）</translation>
    </message>
    <message>
        <source>%1: %2 packets sent, %3 answers</source>
        <translation>%1：已发送 %2 个数据包，收到 %3 个应答</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: run until Ctrl+C or SIGTERM).</source>
        <translation>S 秒后停止（默认：一直运行，直到 Ctrl+C 或 SIGTERM）。</translation>
    </message>
    <message>
        <source>expected seconds (more than 0, at most %1), found &apos;%2&apos;</source>
        <translation>应为秒数（大于 0，最多 %1），实际为“%2”</translation>
    </message>
</context>
<context>
    <name>vocsync::cli::hj212cli::ListenLog</name>
    <message>
        <source>packet</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>: rejected: %1</source>
        <translation>：已拒收：%1</translation>
    </message>
    <message>
        <source>: %1 values</source>
        <translation>：%1 个数值</translation>
    </message>
    <message>
        <source>command %1 to %2: %3, %4 records (%5)</source>
        <translation>发往 %2 的命令 %1：%3，%4 条记录（%5）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
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
    <name>vocsync::dlt645</name>
    <message>
        <source>meter address &quot;%1&quot; has %2 characters, expected 12 digits</source>
        <translation>电能表地址“%1”有 %2 个字符，应为 12 位数字</translation>
    </message>
    <message>
        <source>meter address &quot;%1&quot;: character %2 is not a decimal digit</source>
        <translation>电能表地址“%1”：第 %2 个字符不是十进制数字</translation>
    </message>
    <message>
        <source>BCD field of %1 bytes (expected 1 to 8)</source>
        <translation>BCD 字段长 %1 字节（应为 1 到 8 字节）</translation>
    </message>
    <message>
        <source>byte %1 (0x%2) is not BCD</source>
        <translation>字节 %1（0x%2）不是 BCD 码</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知键</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>缺失（必填）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1 is out of range %2..%3</source>
        <translation>%1 超出范围 %2..%3</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [a-z0-9_]+</source>
        <translation>“%1”不符合 [a-z0-9_]+</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (also values[%2])</source>
        <translation>键“%1”重复（values[%2] 中也有）</translation>
    </message>
    <message>
        <source>bad data identifier &quot;%1&quot;: 8 hex digits DI3..DI0 expected</source>
        <translation>数据标识“%1”有误：应为 8 位十六进制数 DI3..DI0</translation>
    </message>
    <message>
        <source>%1 decimals do not fit in %2 BCD digits</source>
        <translation>%1 位小数超出 %2 位 BCD 数字的长度</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation>不能为 0</translation>
    </message>
    <message>
        <source>unknown quantity &quot;%1&quot;</source>
        <translation>未知物理量“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already fed by values[%2]</source>
        <translation>“%1”已由 values[%2] 提供</translation>
    </message>
    <message>
        <source>%1 is not a DL/T 645 rate (600, 1200, 2400, 4800, 9600, 19200)</source>
        <translation>%1 不是 DL/T 645 通信速率（600、1200、2400、4800、9600、19200）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not E, N or O</source>
        <translation>“%1”不是 E、N 或 O</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 无效：%2</translation>
    </message>
    <message>
        <source>a device template must be a JSON object</source>
        <translation>设备模板必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>key written twice in one object</source>
        <translation>同一对象中该键出现两次</translation>
    </message>
    <message>
        <source>not a DL/T 645 template (&quot;modbus&quot;)</source>
        <translation>不是 DL/T 645 设备模板（&quot;modbus&quot;）</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (expected &quot;dlt645&quot;)</source>
        <translation>未知协议“%1”（应为 &quot;dlt645&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [a-z0-9-]+</source>
        <translation>“%1”不符合 [a-z0-9-]+</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the file name %2</source>
        <translation>“%1”与文件名 %2 不一致</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>必须是非空数组</translation>
    </message>
    <message>
        <source>second start byte is %1, expected 0x68</source>
        <translation>第二个起始符为 %1，应为 0x68</translation>
    </message>
    <message>
        <source>data length %1 exceeds %2</source>
        <translation>数据域长度 %1 超过 %2</translation>
    </message>
    <message>
        <source>checksum %1, expected %2</source>
        <translation>校验和为 %1，应为 %2</translation>
    </message>
    <message>
        <source>end byte is %1, expected 0x16</source>
        <translation>结束符为 %1，应为 0x16</translation>
    </message>
    <message>
        <source>reply from meter %1, expected %2</source>
        <translation>应答来自电能表 %1，应为 %2</translation>
    </message>
    <message>
        <source>abnormal reply with %1 data bytes, expected 1 error byte</source>
        <translation>异常应答含 %1 个数据字节，应为 1 个错误信息字节</translation>
    </message>
    <message>
        <source>abnormal reply without an error bit</source>
        <translation>异常应答未置任何错误位</translation>
    </message>
    <message>
        <source>control code 0x%1 is not a reply to a read (0x91, 0xB1 or 0xD1)</source>
        <translation>控制码 0x%1 不是读数据应答（0x91、0xB1 或 0xD1）</translation>
    </message>
    <message>
        <source>read reply of %1 bytes has no data identifier</source>
        <translation>读数据应答只有 %1 字节，不含数据标识</translation>
    </message>
    <message>
        <source>reply carries data identifier %1, requested %2</source>
        <translation>应答的数据标识为 %1，请求的是 %2</translation>
    </message>
    <message>
        <source>other error (其他错误)</source>
        <translation>其他错误</translation>
    </message>
    <message>
        <source>no data requested (无请求数据)</source>
        <translation>无请求数据</translation>
    </message>
    <message>
        <source>wrong password or not authorised (密码错/未授权)</source>
        <translation>密码错/未授权</translation>
    </message>
    <message>
        <source>baud rate cannot be changed (通信速率不能更改)</source>
        <translation>通信速率不能更改</translation>
    </message>
    <message>
        <source>too many annual time zones (年时区数超)</source>
        <translation>年时区数超</translation>
    </message>
    <message>
        <source>too many daily time periods (日时段数超)</source>
        <translation>日时段数超</translation>
    </message>
    <message>
        <source>too many tariffs (费率数超)</source>
        <translation>费率数超</translation>
    </message>
    <message>
        <source>reserved bit 7 (保留)</source>
        <translation>保留位 bit 7</translation>
    </message>
    <message>
        <source>no error bit set</source>
        <translation>未置任何错误位</translation>
    </message>
    <message>
        <source>control code 0x%1 is not a read-address reply (0x93)</source>
        <translation>控制码 0x%1 不是读通信地址应答（0x93）</translation>
    </message>
    <message>
        <source>read-address reply with %1 data bytes, expected 6</source>
        <translation>读通信地址应答含 %1 个数据字节，应为 6 个</translation>
    </message>
    <message>
        <source>read-address reply names %1 in its data but %2 in its address field</source>
        <translation>读通信地址应答的数据域为 %1，但地址域为 %2</translation>
    </message>
    <message>
        <source>read-address reply carries %1, not 12 decimal digits</source>
        <translation>读通信地址应答中的地址为 %1，不是 12 位十进制数字</translation>
    </message>
</context>
<context>
    <name>vocsync::gui::AppContext</name>
    <message>
        <source>Any anomaly: warning, alarm after 30 min</source>
        <translation>全部异常：预警，持续30分钟升级为报警</translation>
    </message>
    <message>
        <source>Treatment not started: alarm</source>
        <translation>治污设施未同时开启：报警</translation>
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
    <name>vocsync::gui::Hj212DemoPeers</name>
    <message>
        <source>demo platform not started: %1</source>
        <translation>演示平台未启动：%1</translation>
    </message>
    <message>
        <source>demo upstream targets not saved: %1</source>
        <translation>演示上级平台未保存：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::gui::Hj212Host</name>
    <message>
        <source>HJ 212 packet from %1 rejected: %2</source>
        <translation>拒收来自 %1 的 HJ 212 数据包：%2</translation>
    </message>
    <message>
        <source>HJ 212 packet of MN %1 from %2 rejected: %3</source>
        <translation>拒收 MN %1（来自 %2）的 HJ 212 数据包：%3</translation>
    </message>
    <message>
        <source>the HJ 212 server is turned off (setting hj212/enabled)</source>
        <translation>HJ 212 服务端已关闭（设置 hj212/enabled）</translation>
    </message>
</context>
<context>
    <name>vocsync::gui::LiveAnalysisHost</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>vocsync::gui::MeterHost</name>
    <message>
        <source>device %1 cannot be renamed while monitoring point %2 is bound to it</source>
        <translation>监测点 %2 仍绑定在设备 %1 上，不能重命名该设备</translation>
    </message>
</context>
<context>
    <name>vocsync::hj212</name>
    <message>
        <source>unknown quantity &quot;%1&quot;; expected one of: %2</source>
        <translation>未知物理量“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>a channel binds an electrical quantity to a monitoring point; give &quot;quantity&quot; too, or drop &quot;channel&quot;</source>
        <translation>“channel”将电气物理量绑定到监测点；请同时给出“quantity”，或去掉“channel”</translation>
    </message>
    <message>
        <source>a pattern takes its channel from the code&apos;s {ch:N} field</source>
        <translation>模式从编码中的 {ch:N} 字段取得通道号</translation>
    </message>
    <message>
        <source>an exact code with a quantity needs &quot;channel&quot; (1..%1), the number its monitoring point is bound to</source>
        <translation>带物理量的精确编码需要“channel”（1..%1），即其监测点所绑定的通道号</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; contradicts quantity %2, which is stored in %3</source>
        <translation>单位“%1”与物理量 %2 矛盾，该物理量以 %3 存储</translation>
    </message>
    <message>
        <source>expected the id of another factor map, such as &quot;hj212-2017&quot;</source>
        <translation>应为另一个因子映射表的编号，例如“hj212-2017”</translation>
    </message>
    <message>
        <source>a factor map cannot include itself</source>
        <translation>因子映射表不能包含自身</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already included</source>
        <translation>已包含“%1”</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <source>a factor map holds one JSON object</source>
        <translation>因子映射表应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>this key occurs twice in one object</source>
        <translation>该键在同一对象中出现两次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; use a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>“%1”不是有效的编号；请使用 a-z、0-9、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 factors; a map holds at most %2</source>
        <translation>共 %1 个因子；一个映射表最多容纳 %2 个</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is already defined by factors[%2]</source>
        <translation>编码“%1”已由 factors[%2] 定义</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches the same codes as factors[%2] (&quot;%3&quot;)</source>
        <translation>“%1”与 factors[%2]（“%3”）匹配的编码相同</translation>
    </message>
</context>
<context>
    <name>vocsync::hj212::detail</name>
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
</context>
<context>
    <name>vocsync::hj212::detail::FactorMapPattern</name>
    <message>
        <source>&quot;%1&quot;: a channel field is written {ch:N}</source>
        <translation>“%1”：通道字段应写作 {ch:N}</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the channel field {ch:N} has N = 1 to 4 digits</source>
        <translation>“%1”：通道字段 {ch:N} 的位数 N 应为 1 到 4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a pattern holds exactly one channel field {ch:N}</source>
        <translation>“%1”：一个模式必须且只能包含一个通道字段 {ch:N}</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a pattern needs a fixed prefix or suffix beside {ch:N}, or it would take every code of N digits</source>
        <translation>“%1”：模式在 {ch:N} 之外需要固定的前缀或后缀，否则会匹配所有 N 位数字的编码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a factor code: use letters, digits and _ (a channel field is written {ch:N})</source>
        <translation>“%1”不是因子编码：请使用字母、数字和 _（通道字段写作 {ch:N}）</translation>
    </message>
    <message>
        <source>the code must not be empty</source>
        <translation>编码不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>“%1”超过 %2 个字符</translation>
    </message>
</context>
<context>
    <name>vocsync::hj212::detail::FactorMapReader</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>未知键；应为以下之一：%1</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 超出范围 %2..%3</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
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
    <name>vocsync::modbus</name>
    <message>
        <source>register %1 (function %2) not read</source>
        <translation>寄存器 %1（功能码 %2）未读取</translation>
    </message>
    <message>
        <source>registers %1..%2 (function %3) not read</source>
        <translation>寄存器 %1..%2（功能码 %3）未读取</translation>
    </message>
    <message>
        <source>the meter sent NaN (not a number)</source>
        <translation>仪表返回 NaN（非数字）</translation>
    </message>
    <message>
        <source>value is infinite</source>
        <translation>数值为无穷大</translation>
    </message>
    <message>
        <source>expected 3 (holding registers) or 4 (input registers)</source>
        <translation>应为 3（保持寄存器）或 4（输入寄存器）</translation>
    </message>
    <message>
        <source>unknown byte order &quot;%1&quot;; expected one of: ABCD, CDAB, BADC, DCBA</source>
        <translation>未知字节序“%1”；应为以下之一：ABCD、CDAB、BADC、DCBA</translation>
    </message>
    <message>
        <source>%1 is not a register address 0..65535</source>
        <translation>%1 不是 0..65535 范围内的寄存器地址</translation>
    </message>
    <message>
        <source>expected a number 0..65535 or a hex string such as &quot;0x0061&quot;</source>
        <translation>应为 0..65535 的数字或 &quot;0x0061&quot; 这样的十六进制字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hex address &quot;0x0000&quot;..&quot;0xFFFF&quot;</source>
        <translation>“%1”不是 &quot;0x0000&quot;..&quot;0xFFFF&quot; 范围内的十六进制地址</translation>
    </message>
    <message>
        <source>unknown data type &quot;%1&quot;; expected one of: %2</source>
        <translation>未知数据类型“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation>不能为 0</translation>
    </message>
    <message>
        <source>a %1 at this address runs past register 0xFFFF</source>
        <translation>该地址处的 %1 超出寄存器 0xFFFF</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key; use a-z, 0-9 and _</source>
        <translation>“%1”不是有效的键；只能使用 a-z、0-9 和 _</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is already used by values[%2]</source>
        <translation>键“%1”已被 values[%2] 使用</translation>
    </message>
    <message>
        <source>unknown ratio &quot;%1&quot;; expected one of: none, pt, ct, pt*ct</source>
        <translation>未知变比“%1”；应为以下之一：none、pt、ct、pt*ct</translation>
    </message>
    <message>
        <source>unknown quantity &quot;%1&quot;; expected one of: %2</source>
        <translation>未知物理量“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>quantity %1 is already fed by values[%2] (&quot;%3&quot;)</source>
        <translation>物理量 %1 已由 values[%2]（“%3”）提供</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; does not match quantity %2, which is stored in %3</source>
        <translation>单位“%1”与物理量 %2 不符，该物理量以 %3 存储</translation>
    </message>
    <message>
        <source>%1 is not a serial baud rate; expected one of: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200</source>
        <translation>%1 不是串口波特率；应为以下之一：1200、2400、4800、9600、19200、38400、57600、115200</translation>
    </message>
    <message>
        <source>unknown parity &quot;%1&quot;; expected N, E or O</source>
        <translation>未知校验方式“%1”；应为 N、E 或 O</translation>
    </message>
    <message>
        <source>PT ratio</source>
        <translation>PT 变比</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT 变比</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <source>a device template holds one JSON object</source>
        <translation>设备模板应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>this key occurs twice in one object</source>
        <translation>该键在同一对象中出现两次</translation>
    </message>
    <message>
        <source>not a Modbus template (protocol &quot;dlt645&quot;)</source>
        <translation>不是 Modbus 设备模板（protocol 为 &quot;dlt645&quot;）</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;; expected modbus or dlt645</source>
        <translation>未知协议“%1”；应为 modbus 或 dlt645</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; use a-z, 0-9 and -</source>
        <translation>“%1”不是有效的编号；只能使用 a-z、0-9 和 -</translation>
    </message>
    <message>
        <source>a template needs at least one value</source>
        <translation>设备模板至少需要一个数值</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>exception reply without an exception code</source>
        <translation>异常响应中没有异常码</translation>
    </message>
    <message>
        <source>reply from unit %1, expected unit %2</source>
        <translation>应答来自站号 %1，应为站号 %2</translation>
    </message>
    <message>
        <source>reply with function %1, expected %2</source>
        <translation>应答功能码为 %1，应为 %2</translation>
    </message>
    <message>
        <source>byte count %1, expected %2</source>
        <translation>字节数为 %1，应为 %2</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>非法功能码</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>非法数据地址</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>非法数据值</translation>
    </message>
    <message>
        <source>server device failure</source>
        <translation>从站设备故障</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>已确认（正在处理）</translation>
    </message>
    <message>
        <source>server device busy</source>
        <translation>从站设备忙</translation>
    </message>
    <message>
        <source>memory parity error</source>
        <translation>存储奇偶校验错误</translation>
    </message>
    <message>
        <source>gateway path unavailable</source>
        <translation>网关路径不可用</translation>
    </message>
    <message>
        <source>gateway target device failed to respond</source>
        <translation>网关目标设备无响应</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>未知异常</translation>
    </message>
    <message>
        <source>CRC %1, expected %2</source>
        <translation>CRC 为 %1，应为 %2</translation>
    </message>
    <message>
        <source>protocol id %1, expected 0</source>
        <translation>协议标识为 %1，应为 0</translation>
    </message>
    <message>
        <source>length field %1 outside %2..%3</source>
        <translation>长度字段 %1 超出 %2..%3</translation>
    </message>
    <message>
        <source>stale reply: transaction id %1, expected %2</source>
        <translation>过期应答：事务标识为 %1，应为 %2</translation>
    </message>
    <message>
        <source>length field %1, expected 3 for an exception reply</source>
        <translation>长度字段为 %1，异常响应应为 3</translation>
    </message>
    <message>
        <source>length field %1 does not match byte count %2</source>
        <translation>长度字段 %1 与字节数 %2 不符</translation>
    </message>
    <message>
        <source>%1 values; a template holds at most %2</source>
        <translation>%1 个数值；一个模板最多 %2 个</translation>
    </message>
</context>
<context>
    <name>vocsync::modbus::detail</name>
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
</context>
<context>
    <name>vocsync::modbus::detail::ObjectReader</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>未知键；应为以下之一：%1</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 超出范围 %2..%3</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>应为有限数值</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
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
    <message>
        <source>the id is empty</source>
        <translation>编号为空</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; contains a space, comma, quote or control character</source>
        <translation>编号“%1”包含空格、逗号、引号或控制字符</translation>
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
    <message>
        <source>unknown parity &apos;%1&apos;; expected N (none), E (even) or O (odd)</source>
        <translation>未知校验方式“%1”；应为 N（无校验）、E（偶校验）或 O（奇校验）</translation>
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
    <message>
        <source>with basis rated the thresholds are fractions of the rated level; run %1 is more than 10 times it</source>
        <translation>基准为额定值时阈值是额定水平的比例；run %1 超过了额定水平的 10 倍</translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail::DeviceChecker</name>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation>%1 超出范围；应在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>must be a number of at least 0, found %1</source>
        <translation>必须是不小于 0 的数字，实际为 %1</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;; expected one of %2</source>
        <translation>未知协议“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Modbus unit id; expected 1 to 247 (0 is broadcast, which no meter answers)</source>
        <translation>“%1”不是 Modbus 站号；应为 1 到 247（0 为广播地址，仪表不会应答）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DL/T 645 address; expected 12 decimal digits, e.g. 000012345678</source>
        <translation>“%1”不是 DL/T 645 地址；应为 12 位十进制数字，例如 000012345678</translation>
    </message>
    <message>
        <source>a %1 device needs a port: the serial device it is on, e.g. /dev/ttyUSB0 or COM3</source>
        <translation>%1 设备必须指定端口：所接的串口设备，例如 /dev/ttyUSB0 或 COM3</translation>
    </message>
    <message>
        <source>a %1 device needs a port: host:port of the meter or serial server, e.g. 192.168.1.20:502</source>
        <translation>%1 设备必须指定端口：仪表或串口服务器的 host:port，例如 192.168.1.20:502</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host:port; expected e.g. 192.168.1.20:502 ([::1]:502 for IPv6)</source>
        <translation>“%1”不是 host:port 格式；应如 192.168.1.20:502（IPv6 写作 [::1]:502）</translation>
    </message>
    <message>
        <source>TCP port %1 is out of range; expected 1 to 65535</source>
        <translation>TCP 端口 %1 超出范围；应在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>a polled device needs a template_id (the device template that maps its registers)</source>
        <translation>轮询的设备必须指定 template_id（映射其寄存器的设备模板）</translation>
    </message>
    <message>
        <source>baud rate %1 is not supported; expected one of %2</source>
        <translation>不支持波特率 %1；应为以下之一：%2</translation>
    </message>
    <message>
        <source>data bits must be 7 or 8, found %1</source>
        <translation>数据位必须为 7 或 8，实际为 %1</translation>
    </message>
    <message>
        <source>stop bits must be 1 or 2, found %1</source>
        <translation>停止位必须为 1 或 2，实际为 %1</translation>
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
    <message>
        <source>unknown basis &apos;%1&apos;; expected absolute or rated</source>
        <translation>未知基准“%1”；应为 absolute 或 rated</translation>
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
    <message>
        <source>&apos;%1&apos; is outside the years 2000 to 2099</source>
        <translation>“%1”不在 2000 年至 2099 年之间</translation>
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
    <message>
        <source>%1 factor values could not be written before closing and are lost: %2</source>
        <translation>关闭前有 %1 个因子值未能写入，已丢失：%2</translation>
    </message>
    <message>
        <source>%1 factor values dropped: the database has refused writes for too long (%2)</source>
        <translation>已丢弃 %1 个因子值：数据库拒绝写入的时间过长（%2）</translation>
    </message>
    <message>
        <source>factor values not written yet, retrying: %1</source>
        <translation>因子值尚未写入，正在重试：%1</translation>
    </message>
    <message>
        <source> (further problems are not reported)</source>
        <translation> （后续问题不再报告）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>vocsync::storage::FactorStore</name>
    <message>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>a value of factor &apos;%1&apos; has no MN</source>
        <translation>因子“%1”的一个数值没有 MN</translation>
    </message>
    <message>
        <source>a factor value of transmitter %1 has no factor code</source>
        <translation>数采仪 %1 的一个因子值没有因子编码</translation>
    </message>
    <message>
        <source>value of factor %1 of transmitter %2 has an unknown period %3 s</source>
        <translation>数采仪 %2 的因子 %1 的数值周期 %3 秒无法识别</translation>
    </message>
    <message>
        <source>%1, value %2 of the batch</source>
        <translation>%1，批次中第 %2 个数值</translation>
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
    <name>vocsync::storage::UpstreamQueue</name>
    <message>
        <source>cannot read the upstream targets</source>
        <translation>无法读取上级平台</translation>
    </message>
    <message>
        <source>source kind must be &quot;enterprise&quot; or &quot;transmitter&quot;, not &quot;%1&quot;</source>
        <translation>来源类型必须为“enterprise”或“transmitter”，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot save the upstream target</source>
        <translation>无法保存上级平台</translation>
    </message>
    <message>
        <source>no upstream target with id %1</source>
        <translation>没有编号为 %1 的上级平台</translation>
    </message>
    <message>
        <source>cannot remove the queue of the upstream target</source>
        <translation>无法删除上级平台的发送队列</translation>
    </message>
    <message>
        <source>cannot remove the upstream target</source>
        <translation>无法删除上级平台</translation>
    </message>
    <message>
        <source>cannot queue the packet with QN %1: %2</source>
        <translation>无法将 QN 为 %1 的数据包加入队列：%2</translation>
    </message>
    <message>
        <source>cannot read the pending packets</source>
        <translation>无法读取待发数据包</translation>
    </message>
    <message>
        <source>cannot record a sent packet</source>
        <translation>无法记录已发送的数据包</translation>
    </message>
    <message>
        <source>cannot record an answered packet</source>
        <translation>无法记录已应答的数据包</translation>
    </message>
    <message>
        <source>cannot count the pending packets</source>
        <translation>无法统计待发数据包</translation>
    </message>
    <message>
        <source>cannot count the answered packets</source>
        <translation>无法统计已应答数据包</translation>
    </message>
    <message>
        <source>cannot read the last answer</source>
        <translation>无法读取最近应答</translation>
    </message>
    <message>
        <source>cannot prune the answered packets</source>
        <translation>无法清理已应答数据包</translation>
    </message>
    <message>
        <source>cannot read the latest QN</source>
        <translation>无法读取最新的 QN</translation>
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
    <message>
        <source>cannot commit the device: %1</source>
        <translation>无法提交设备配置：%1</translation>
    </message>
    <message>
        <source>unknown enterprise &apos;%1&apos;</source>
        <translation>未知企业“%1”</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is still read by monitoring point(s) %2; bind them to another device or remove them first</source>
        <translation>设备“%1”仍被监测点 %2 读取；请先将这些监测点绑定到其他设备或将其删除</translation>
    </message>
    <message>
        <source>device &apos;%1&apos;</source>
        <translation>设备“%1”</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos;</source>
        <translation>未知设备“%1”</translation>
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
    <message>
        <source>the stored threshold basis &apos;%1&apos; is not known</source>
        <translation>数据库中的阈值基准“%1”无法识别</translation>
    </message>
    <message>
        <source>the stored parity &apos;%1&apos; is not one letter</source>
        <translation>存储的校验方式“%1”不是单个字母</translation>
    </message>
</context>
<context>
    <name>vocsync::storage::transmitterrepository</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation>%1（出错语句：%2）</translation>
    </message>
    <message>
        <source>the stored channel bindings &apos;%1&apos; are not valid</source>
        <translation>数据库中的通道绑定“%1”无效</translation>
    </message>
    <message>
        <source>transmitter %1</source>
        <translation>数采仪 %1</translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit the transmitter registry: %1</source>
        <translation>无法提交数采仪注册表：%1</translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; is already registered as &apos;%2&apos; (MNs are hexadecimal: letter case does not make another one)</source>
        <translation>MN“%1”已注册为“%2”（MN 为十六进制：大小写不同不算另一个 MN）</translation>
    </message>
    <message>
        <source>no transmitter with MN &apos;%1&apos; is registered</source>
        <translation>没有注册 MN 为“%1”的数采仪</translation>
    </message>
</context>
<context>
    <name>vocsync::sync</name>
    <message>
        <source>cannot encode CN %1 packet %2: %3</source>
        <translation>无法编码 CN %1 数据包 %2：%3</translation>
    </message>
    <message>
        <source>target %1: no channel left for point %2; not forwarded</source>
        <translation>上级平台 %1：已没有可分配给监测点 %2 的通道；不转发</translation>
    </message>
    <message>
        <source>target %1: point %2 has storage key %3, beyond channel %4; it uses free channel %5, which may change when points are added</source>
        <translation>上级平台 %1：监测点 %2 的存储键为 %3，超出通道 %4；改用空闲通道 %5，增加监测点后该通道可能变化</translation>
    </message>
    <message>
        <source>target %1: factor map %2 has no code for %3 of channel %4 (point %5); not forwarded</source>
        <translation>上级平台 %1：因子映射表 %2 中没有通道 %4（监测点 %5）%3 的编码；不转发</translation>
    </message>
    <message>
        <source>1011 get time answered</source>
        <translation>已应答 1011 提取现场机时间</translation>
    </message>
    <message>
        <source>1000 refused: OverTime and ReCount must be 1..99</source>
        <translation>1000 已拒绝：OverTime 和 ReCount 必须为 1..99</translation>
    </message>
    <message>
        <source>1000 set: timeout %1 s, %2 tries</source>
        <translation>1000 已设置：超时 %1 秒，重发 %2 次</translation>
    </message>
    <message>
        <source>%1 refused: BeginTime and EndTime are needed</source>
        <translation>%1 已拒绝：需要 BeginTime 和 EndTime</translation>
    </message>
    <message>
        <source>%1 rejected: more than %2 periods asked</source>
        <translation>%1 已拒绝：请求的周期超过 %2 个</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: no data stored in the range</source>
        <translation>%1：该时段内没有已存数据</translation>
    </message>
    <message>
        <source>%1: %2 periods sent</source>
        <translation>%1：已发送 %2 个周期</translation>
    </message>
    <message>
        <source>CN %1 for MN %2 refused: this link is MN %3</source>
        <translation>已拒绝发给 MN %2 的 CN %1：本链路为 MN %3</translation>
    </message>
    <message>
        <source>CN %1 refused: wrong password</source>
        <translation>已拒绝 CN %1：密码错误</translation>
    </message>
    <message>
        <source>CN %1 is not supported: answered QnRtn 8</source>
        <translation>不支持 CN %1：已应答 QnRtn 8</translation>
    </message>
</context>
<context>
    <name>vocsync::sync::HistorySource</name>
    <message>
        <source>CN %1 is not a history request this station answers</source>
        <translation>CN %1 不是本站应答的历史数据提取命令</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>监测点 %1</translation>
    </message>
    <message>
        <source>cannot read the factor history: %1</source>
        <translation>无法读取因子历史数据：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::sync::TargetLink</name>
    <message>
        <source>the platform closed the connection</source>
        <translation>平台关闭了连接</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>%1 秒内未能连接</translation>
    </message>
    <message>
        <source>cannot write to the platform: %1</source>
        <translation>无法向平台发送：%1</translation>
    </message>
    <message>
        <source>no answer to QN %1 after %2 sends; reconnecting</source>
        <translation>QN %1 发送 %2 次后仍无应答；正在重新连接</translation>
    </message>
    <message>
        <source>no answer within %1 s to QN %2; resending</source>
        <translation>QN %2 在 %1 秒内无应答；正在重发</translation>
    </message>
    <message>
        <source>unreadable bytes from the platform: %1</source>
        <translation>平台发来无法解析的字节：%1</translation>
    </message>
    <message>
        <source>bad packet from the platform: %1 at %2: %3</source>
        <translation>平台发来错误的数据包：%1（第 %2 字节）：%3</translation>
    </message>
    <message>
        <source>9014 without a QN from the platform</source>
        <translation>平台发来的 9014 没有 QN</translation>
    </message>
    <message>
        <source>9014 for QN %1</source>
        <translation>收到 QN %1 的 9014</translation>
    </message>
</context>
<context>
    <name>vocsync::sync::UpstreamForwarder</name>
    <message>
        <source>%1 packets for upstream target %2 cannot be encoded: %3</source>
        <translation>发往上级平台 %2 的 %1 个数据包无法编码：%3</translation>
    </message>
    <message>
        <source>%1 upstream packets could not be queued (%2); kept in memory and queued again later</source>
        <translation>%1 个上报数据包未能入队（%2）；已保留在内存中，稍后重新入队</translation>
    </message>
    <message>
        <source>%1 upstream packets LOST: the database refuses them (%2) and the %3 packets kept in memory are the most it holds</source>
        <translation>%1 个上报数据包已丢失：数据库拒绝写入（%2），且内存中保留的 %3 个数据包已达上限</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 packets not in the queue yet: %2</source>
        <translation>%1 个数据包尚未入队：%2</translation>
    </message>
    <message>
        <source>upstream forwarding cannot start: %1</source>
        <translation>无法启动上级平台转发：%1</translation>
    </message>
    <message>
        <source>upstream targets cannot be read: %1</source>
        <translation>无法读取上级平台：%1</translation>
    </message>
    <message>
        <source>%1 samples not forwarded: %2</source>
        <translation>%1 条样本未转发：%2</translation>
    </message>
    <message>
        <source>%1 factor values not forwarded: %2</source>
        <translation>%1 个因子值未转发：%2</translation>
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
    <name>vocsync::transmitterjson</name>
    <message>
        <source>transmitter %1</source>
        <translation>数采仪 %1</translation>
    </message>
    <message>
        <source>transmitter %1 (%2)</source>
        <translation>数采仪 %1（%2）</translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; is already registered by transmitters[%2]</source>
        <translation>MN“%1”已由 transmitters[%2] 注册</translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; is already registered by transmitters[%2] as &apos;%3&apos; (MNs are hexadecimal: letter case does not make another one)</source>
        <translation>MN“%1”已由 transmitters[%2] 注册为“%3”（MN 为十六进制：大小写不同不算另一个 MN）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel number; expected 1..%2 without leading zeros</source>
        <translation>“%1”不是通道号；应为 1..%2，且不带前导零</translation>
    </message>
    <message>
        <source>expected a monitoring point id (a string), found %1</source>
        <translation>应为监测点编号（字符串），实际为%1</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON 语法错误：%1</translation>
    </message>
    <message>
        <source>line </source>
        <translation>行 </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>a transmitter file holds one JSON object, found %1</source>
        <translation>数采仪配置文件应包含一个 JSON 对象，实际为%1</translation>
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
    <message>
        <source>the MN is empty</source>
        <translation>MN 为空</translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; has %2 characters; at most %3 are allowed</source>
        <translation>MN“%1”有 %2 个字符；最多允许 %3 个</translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; contains &apos;%2&apos;; only digits and the letters A-Z and a-z are allowed</source>
        <translation>MN“%1”包含“%2”；只允许数字和字母 A-Z、a-z</translation>
    </message>
    <message>
        <source>the password has %1 characters; at most %2 are allowed (HJ 212 uses 6)</source>
        <translation>密码有 %1 个字符；最多允许 %2 个（HJ 212 使用 6 位）</translation>
    </message>
    <message>
        <source>the password contains &apos;%1&apos;; use printable ASCII characters other than space, &apos;;&apos;, &apos;,&apos;, &apos;=&apos; and &apos;&amp;&apos;</source>
        <translation>密码包含“%1”；请使用除空格、&apos;;&apos;、&apos;,&apos;、&apos;=&apos; 和 &apos;&amp;&apos; 以外的可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>the factor map id is empty; expected e.g. vocsync-electric</source>
        <translation>因子映射表编号为空；应为例如 vocsync-electric</translation>
    </message>
    <message>
        <source>channel %1 is out of range; expected 1..%2</source>
        <translation>通道 %1 超出范围；应为 1..%2</translation>
    </message>
    <message>
        <source>channel %1 is bound to an empty point id</source>
        <translation>通道 %1 绑定的监测点编号为空</translation>
    </message>
    <message>
        <source>CN %1 cannot fill a gap; expected 2011 (real-time data), 2051 (minute data) or 2061 (hourly data)</source>
        <translation>CN %1 不能用于补传缺口；应为 2011（实时数据）、2051（分钟数据）或 2061（小时数据）</translation>
    </message>
    <message>
        <source>real-time interval %1 s is out of range; expected 1..86400 s (HJ 212 transmitters typically send every 30..3600 s)</source>
        <translation>实时数据间隔 %1 秒超出范围；应为 1..86400 秒（HJ 212 数采仪通常每 30..3600 秒发送一次）</translation>
    </message>
    <message>
        <source>%1 belongs to enterprise &apos;%2&apos;, which is not in the plant</source>
        <translation>%1 属于企业“%2”，但该企业不在工厂配置中</translation>
    </message>
    <message>
        <source>%1 binds channel %2 to monitoring point &apos;%3&apos;, which is not in the plant</source>
        <translation>%1 将通道 %2 绑定到监测点“%3”，但该监测点不在工厂配置中</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge alarms</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <source>What was done or found (required)</source>
        <translation>处理情况或核查结果（必填）</translation>
    </message>
    <message>
        <source>Common comments…</source>
        <translation>常用说明…</translation>
    </message>
    <message>
        <source>Enterprise notified by phone</source>
        <translation>已电话通知企业</translation>
    </message>
    <message>
        <source>On-site inspection arranged</source>
        <translation>已安排现场核查</translation>
    </message>
    <message>
        <source>Planned maintenance of the treatment facility</source>
        <translation>治污设施计划检修</translation>
    </message>
    <message>
        <source>Meter or communication fault, not a real stop</source>
        <translation>电表或通讯故障，非真实停机</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>值班员：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>处理说明：</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmBanner</name>
    <message>
        <source>Open alarm panel</source>
        <translation>查看报警</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4 · %5: %6</source>
        <translation>%1 %2 · %3 · %4 · %5：%6</translation>
    </message>
    <message numerus="yes">
        <source>+%n more active alarm(s)</source>
        <translation>
            <numerusform>另有 %n 条报警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmDetailView</name>
    <message>
        <source>No alarm selected</source>
        <translation>未选择报警</translation>
    </message>
    <message>
        <source>Select an alarm in the list to see its details.</source>
        <translation>在列表中选择一条报警以查看详情。</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Production facility</source>
        <translation>产污设施</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Condition began</source>
        <translation>异常开始</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>消除时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时长</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>until %1 by %2</source>
        <translation>至 %1，%2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>%1, last at %2</source>
        <translation>%1 次，最近 %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>判定依据</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmHistoryPage</name>
    <message>
        <source>Alarm history</source>
        <translation>报警历史</translation>
    </message>
    <message>
        <source>Every alarm the station raised, with who acknowledged it and why</source>
        <translation>本站产生的全部报警，以及确认人和处理说明</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>值班员姓名</translation>
    </message>
    <message>
        <source>Text in message, facility or comment</source>
        <translation>内容、设施或说明中的文字</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Raised between</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>关键字</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>共 %n 条报警</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 %2 · %3 %4 · acknowledged %5 · unacknowledged %6</source>
        <translation> · %1 %2 · %3 %4 · 已确认 %5 · 未确认 %6</translation>
    </message>
    <message>
        <source> · cleared conditions lasted %1 in total</source>
        <translation> · 已消除异常累计 %1</translation>
    </message>
    <message>
        <source> · only the newest %1 are shown: narrow the search</source>
        <translation> · 仅显示最新 %1 条，请缩小查询范围</translation>
    </message>
    <message>
        <source>Export alarms</source>
        <translation>导出报警</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmPanelPage</name>
    <message>
        <source>Current alarms</source>
        <translation>实时报警</translation>
    </message>
    <message>
        <source>Alarms not yet back to normal: acknowledge them with a comment, shelve them for a while, or open the facility&apos;s trend</source>
        <translation>尚未恢复正常的报警：填写说明后确认、临时搁置，或打开设施趋势</translation>
    </message>
    <message>
        <source>Active alarms (报警)</source>
        <translation>报警中（报警级）</translation>
    </message>
    <message>
        <source>Active warnings (预警)</source>
        <translation>报警中（预警级）</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Condition active</source>
        <translation>异常持续中</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>已消除，未确认</translation>
    </message>
    <message>
        <source>Not shelved</source>
        <translation>未搁置</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>Search message, facility, type…</source>
        <translation>搜索内容、设施、类型…</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>For 1 hour…</source>
        <translation>搁置 1 小时…</translation>
    </message>
    <message>
        <source>For 8 hours…</source>
        <translation>搁置 8 小时…</translation>
    </message>
    <message>
        <source>Until the end of the shift…</source>
        <translation>搁置至本班结束…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>取消搁置</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Open the trend of the selected alarm&apos;s facility</source>
        <translation>打开所选报警设施的趋势</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n selected alarm(s)</source>
        <translation>
            <numerusform>已选 %n 条报警</numerusform>
        </translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>The alarm could not be changed: %1</source>
        <translation>无法修改报警：%1</translation>
    </message>
    <message>
        <source>enterprise and bureau are told</source>
        <translation>通知企业和生态环境部门</translation>
    </message>
    <message>
        <source>the enterprise is told</source>
        <translation>通知企业</translation>
    </message>
    <message>
        <source>waiting for an operator</source>
        <translation>等待值班员处理</translation>
    </message>
    <message>
        <source>notifications on hold</source>
        <translation>通知暂停</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmRulesPage</name>
    <message>
        <source>Alarm rules</source>
        <translation>报警规则</translation>
    </message>
    <message>
        <source>Which anomalies and limits raise alarms, at which level, for whom and when</source>
        <translation>哪些异常和越限产生报警、什么级别、通知谁、何时生效</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>any anomaly</source>
        <translation>全部异常</translation>
    </message>
    <message>
        <source>whole station</source>
        <translation>全站</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · disabled</source>
        <translation> · 已停用</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete the alarm rule &quot;%1&quot;? Alarms it raised stay in the history.</source>
        <translation>删除报警规则“%1”？它产生的报警仍保留在历史中。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmTableModel</name>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Condition began: %1</source>
        <translation>异常开始：%1</translation>
    </message>
    <message>
        <source>Cleared: %1</source>
        <translation>消除：%1</translation>
    </message>
    <message>
        <source>Production facility: %1</source>
        <translation>产污设施：%1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 于 %2 确认</translation>
    </message>
    <message>
        <source>Shelved by %1 until %2: %3</source>
        <translation>%1 搁置至 %2：%3</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时长</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DayAnalysis</name>
    <message>
        <source>This day has not begun yet.</source>
        <translation>该日尚未开始。</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DesktopChannel</name>
    <message>
        <source>VocSync alarms</source>
        <translation>VocSync 报警</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceDetailView</name>
    <message>
        <source>No device selected</source>
        <translation>未选择设备</translation>
    </message>
    <message>
        <source>Select a device or a bus in the list to see its health and its last reading.</source>
        <translation>在列表中选择设备或总线，查看其通信状态和最近读数。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The station does not poll this device: its data is simulated or sent in over HJ 212.</source>
        <translation>本站不轮询此设备：其数据为模拟数据或经 HJ 212 上报。</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>轮询周期</translation>
    </message>
    <message>
        <source>%1, timeout %2 ms</source>
        <translation>%1，超时 %2 毫秒</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近应答</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>下次轮询</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>%1 ms, average %2 ms</source>
        <translation>%1 毫秒，平均 %2 毫秒</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>%1, %2 good</source>
        <translation>%1 次，成功 %2 次</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 timeouts · %2 bad frames · %3 exceptions</source>
        <translation>超时 %1 · 坏帧 %2 · 异常 %3</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Test read running: waiting for the first reply…</source>
        <translation>测试读取中：等待首次应答…</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>尚无读数。</translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation>（未设端口）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>尚未打开</translation>
    </message>
    <message>
        <source>Select one of its devices to see its last reading.</source>
        <translation>选择其下的设备以查看最近读数。</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceEditDialog</name>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>(no enterprise)</source>
        <translation>（不属于企业）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (user template)</source>
        <translation>%1（用户模板）</translation>
    </message>
    <message>
        <source>No %1 templates installed</source>
        <translation>没有 %1 设备模板</translation>
    </message>
    <message>
        <source>Manual: %1</source>
        <translation>说明书：%1</translation>
    </message>
    <message>
        <source>Template id: %1</source>
        <translation>模板编号：%1</translation>
    </message>
    <message>
        <source>Templates are read from the shipped set and from %1.</source>
        <translation>设备模板来自内置模板和 %1。</translation>
    </message>
    <message>
        <source>Edit device %1</source>
        <translation>编辑设备 %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>e.g. PM-101</source>
        <translation>如 PM-101</translation>
    </message>
    <message>
        <source>Poll this device</source>
        <translation>轮询此设备</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>设备编号：</translation>
    </message>
    <message>
        <source>Enterprise:</source>
        <translation>企业：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>设备模板：</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or COM3</source>
        <translation>/dev/ttyUSB0 或 COM3</translation>
    </message>
    <message>
        <source>host:port, e.g. 192.168.1.20:502</source>
        <translation>主机:端口，如 192.168.1.20:502</translation>
    </message>
    <message>
        <source>unit </source>
        <translation>站号 </translation>
    </message>
    <message>
        <source>12 digits from the nameplate, e.g. 000012345678</source>
        <translation>铭牌上的 12 位地址，如 000012345678</translation>
    </message>
    <message>
        <source>None (N)</source>
        <translation>无校验（N）</translation>
    </message>
    <message>
        <source>Even (E)</source>
        <translation>偶校验（E）</translation>
    </message>
    <message>
        <source>Odd (O)</source>
        <translation>奇校验（O）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>3.5 characters</source>
        <translation>3.5 个字符</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Data bits</source>
        <translation>数据位</translation>
    </message>
    <message>
        <source>Stop bits</source>
        <translation>停止位</translation>
    </message>
    <message>
        <source>Frame gap</source>
        <translation>帧间隔</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Serial line:</source>
        <translation>串口参数：</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>From the meter</source>
        <translation>从仪表读取</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>轮询周期：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>PT ratio:</source>
        <translation>PT 变比：</translation>
    </message>
    <message>
        <source>CT ratio:</source>
        <translation>CT 变比：</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>测试读取</translation>
    </message>
    <message>
        <source>Polls the meter with the settings on the left, without saving anything, and shows what the template decodes.</source>
        <translation>按左侧设置读取仪表（不保存任何设置），并显示按模板解析出的数值。</translation>
    </message>
    <message>
        <source>Start polling with these settings (again, after a change)</source>
        <translation>按当前设置开始轮询（修改后可再次点击）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>No test read yet.</source>
        <translation>尚未测试读取。</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>设备模板</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>轮询周期</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>PT ratio</source>
        <translation>PT 变比</translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation>CT 变比</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is already used by another device</source>
        <translation>%1：“%2”已被其他设备使用</translation>
    </message>
    <message>
        <source>%1: ids starting with &apos;test:&apos; are kept for test reads</source>
        <translation>%1：以“test:”开头的编号保留给测试读取</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Restart test</source>
        <translation>重新测试</translation>
    </message>
    <message>
        <source>Polling %1 every %2…</source>
        <translation>正在每 %2 轮询 %1…</translation>
    </message>
    <message>
        <source>Waiting for the first reply…</source>
        <translation>等待首次应答…</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n poll(s) good</source>
        <translation>
            <numerusform>%n 次轮询中 %1 次成功</numerusform>
        </translation>
    </message>
    <message>
        <source>round trip %1 ms</source>
        <translation>往返 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceLabels</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Comm fault</source>
        <translation>通信故障</translation>
    </message>
    <message>
        <source>Link down</source>
        <translation>链路中断</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Modbus RTU</source>
        <translation>Modbus RTU</translation>
    </message>
    <message>
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <source>RTU over TCP</source>
        <translation>RTU over TCP</translation>
    </message>
    <message>
        <source>DL/T 645</source>
        <translation>DL/T 645</translation>
    </message>
    <message>
        <source>HJ 212</source>
        <translation>HJ 212</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Modbus RTU (RS-485)</source>
        <translation>Modbus RTU（RS-485）</translation>
    </message>
    <message>
        <source>Modbus RTU over TCP (serial server)</source>
        <translation>Modbus RTU over TCP（串口服务器）</translation>
    </message>
    <message>
        <source>DL/T 645-2007 (RS-485)</source>
        <translation>DL/T 645-2007（RS-485）</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceReadingModel</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceReadingView</name>
    <message>
        <source>Read at %1 in %2 ms · PT %3 · CT %4</source>
        <translation>读取于 %1，用时 %2 毫秒 · PT %3 · CT %4</translation>
    </message>
    <message numerus="yes">
        <source> · %n value(s) not decoded</source>
        <translation>
            <numerusform> · %n 个数值未能解析</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近应答</translation>
    </message>
    <message>
        <source>Round trip
(ms)</source>
        <translation>往返(毫秒)</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Time-
outs</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Bad
frames</source>
        <translation>坏帧</translation>
    </message>
    <message>
        <source>Excep-
tions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Last error / detail</source>
        <translation>最近错误 / 说明</translation>
    </message>
    <message>
        <source>Request sent to reply complete, in ms: the last good poll / the average</source>
        <translation>从发出请求到收完应答（毫秒）：最近一次成功轮询 / 平均值</translation>
    </message>
    <message>
        <source>Share of polls that were answered and decoded</source>
        <translation>得到应答并解析成功的轮询所占比例</translation>
    </message>
    <message>
        <source>Polls without a complete reply in time</source>
        <translation>未在超时时间内收到完整应答的轮询</translation>
    </message>
    <message>
        <source>Replies with a CRC, framing, unit or function error</source>
        <translation>CRC、帧格式、站号或功能码错误的应答</translation>
    </message>
    <message>
        <source>Modbus exception or DL/T 645 abnormal replies</source>
        <translation>Modbus 异常应答或 DL/T 645 异常应答</translation>
    </message>
    <message>
        <source>Simulated / incoming</source>
        <translation>模拟 / 上报设备</translation>
    </message>
    <message>
        <source>Not polled by the station</source>
        <translation>不由本站轮询</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation>（未设端口）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>TX %1 · RX %2</source>
        <translation>发 %1 · 收 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Simulated devices and data transmitters that send HJ 212 to the station: the station does not poll them, so they have no health here.</source>
        <translation>模拟设备和以 HJ 212 向本站上报的数采仪：本站不轮询它们，因此这里没有通信状态。</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>尚未打开</translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>已发送 %1，已接收 %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: not polled by the station</source>
        <translation>%1：不由本站轮询</translation>
    </message>
    <message>
        <source>%1 at %2, address %3</source>
        <translation>%1，%2，地址 %3</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>设备模板：%1</translation>
    </message>
    <message>
        <source>Disabled: not polled</source>
        <translation>已停用：不轮询</translation>
    </message>
    <message>
        <source>Last good reply: %1</source>
        <translation>最近成功应答：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation>
            <numerusform>连续失败 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error at %1: %2</source>
        <translation>最近错误（%1）：%2</translation>
    </message>
    <message>
        <source>Next poll: %1</source>
        <translation>下次轮询：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>设备管理</translation>
    </message>
    <message>
        <source>The meters the station polls, by port: their health, their last values and the raw frames on the lines</source>
        <translation>本站按端口轮询的仪表：通信状态、最近数值以及线路上的原始报文</translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation>添加设备…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>测试读取</translation>
    </message>
    <message>
        <source>Poll the selected device now, beside its schedule, and show the values it returns</source>
        <translation>在计划轮询之外立即读取所选设备，并显示返回的数值</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>报文记录</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 未删除：%2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Remove device %1 from the station? It is no longer polled; the data it delivered stays in the database.</source>
        <translation>从本站删除设备 %1？删除后不再轮询；已采集的数据仍保留在数据库中。</translation>
    </message>
    <message>
        <source>Simulated and HJ 212 devices are configured in the plant file</source>
        <translation>模拟设备和 HJ 212 设备在站点配置文件中设置</translation>
    </message>
    <message numerus="yes">
        <source>%n polled device(s)</source>
        <translation>
            <numerusform>轮询设备 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::FrameLogModel</name>
    <message>
        <source>→ TX</source>
        <translation>→ 发</translation>
    </message>
    <message>
        <source>← RX</source>
        <translation>← 收</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation>报文（十六进制）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::FrameLogView</name>
    <message>
        <source>Log frames</source>
        <translation>记录报文</translation>
    </message>
    <message>
        <source>Ask the poller for every frame sent and received on all buses. Turn it off when done: logging costs time on a busy station.</source>
        <translation>记录所有总线上收发的每一帧。用完请关闭：繁忙的站点上记录报文会占用时间。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the list to read it; new frames are held and shown on resume</source>
        <translation>冻结列表以便查看；新报文暂存，继续后显示</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the frames shown as a .txt file</source>
        <translation>将显示的报文保存为 .txt 文件</translation>
    </message>
    <message>
        <source>All buses</source>
        <translation>全部总线</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>全部设备</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（共 %2 帧）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n new held while paused</source>
        <translation>
            <numerusform>%1 · 暂停期间暂存 %n 帧新报文</numerusform>
        </translation>
    </message>
    <message>
        <source>Save frame log</source>
        <translation>保存报文记录</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>The frame log could not be saved: %1</source>
        <translation>报文记录无法保存：%1</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::HistoryRequestDialog</name>
    <message>
        <source>Request history</source>
        <translation>提取历史数据</translation>
    </message>
    <message>
        <source>Minute data (2051)</source>
        <translation>分钟数据（2051）</translation>
    </message>
    <message>
        <source>Hour data (2061)</source>
        <translation>小时数据（2061）</translation>
    </message>
    <message>
        <source>Day data (2031)</source>
        <translation>日数据（2031）</translation>
    </message>
    <message>
        <source>Real-time data (2011)</source>
        <translation>实时数据（2011）</translation>
    </message>
    <message>
        <source>Ask %1 to send its stored data of a time range again. What arrives is stored as backfilled.</source>
        <translation>请 %1 重新发送某时段的存储数据。收到的数据按补传保存。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>The range must end after it begins.</source>
        <translation>结束时间必须晚于开始时间。</translation>
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
    <message>
        <source>Threshold</source>
        <translation>越限</translation>
    </message>
    <message>
        <source>Current (A)</source>
        <translation>电流 (A)</translation>
    </message>
    <message>
        <source>Voltage (V)</source>
        <translation>电压 (V)</translation>
    </message>
    <message>
        <source>Active power (kW)</source>
        <translation>有功功率 (kW)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>电能 (kWh)</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>频率 (Hz)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
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
    <message>
        <source>State timeline</source>
        <translation>运行时间线</translation>
    </message>
    <message>
        <source>Current alarms</source>
        <translation>实时报警</translation>
    </message>
    <message>
        <source>Alarm history</source>
        <translation>报警历史</translation>
    </message>
    <message>
        <source>Alarm rules</source>
        <translation>报警规则</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备管理</translation>
    </message>
    <message>
        <source>Transmitters / HJ 212</source>
        <translation>数采仪/HJ 212</translation>
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
    <name>vocsync::ui::PacketDetailView</name>
    <message>
        <source>Raw frame</source>
        <translation>原始报文</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树形</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The decoded packet as the codec writes it (vocsync-cli hj212 parse)</source>
        <translation>解码后的数据包，与编解码器的输出一致（vocsync-cli hj212 parse）</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>No packet selected</source>
        <translation>未选择数据包</translation>
    </message>
    <message>
        <source>in from %1</source>
        <translation>收自 %1</translation>
    </message>
    <message>
        <source>out to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>MN %1</source>
        <translation>MN %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒收：%1</translation>
    </message>
    <message>
        <source>(not decoded: the packet was rejected)</source>
        <translation>（未解码：数据包被拒收）</translation>
    </message>
    <message>
        <source>(not decoded)</source>
        <translation>（未解码）</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>（非 JSON）</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            </translation>
    </message>
</context>
<context>
    <name>vocsync::ui::PacketLogModel</name>
    <message>
        <source>← In</source>
        <translation>← 收</translation>
    </message>
    <message>
        <source>→ Out</source>
        <translation>→ 发</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) without the CRLF</source>
        <translation>
            </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>MN</source>
        <translation>MN</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::PacketLogView</name>
    <message>
        <source>→ Out</source>
        <translation>→ 发</translation>
    </message>
    <message>
        <source>Length mismatch</source>
        <translation>长度不符</translation>
    </message>
    <message>
        <source>2011 Real-time data</source>
        <translation>2011 实时数据</translation>
    </message>
    <message>
        <source>Packet log</source>
        <translation>报文记录</translation>
    </message>
    <message>
        <source>Log packets</source>
        <translation>记录报文</translation>
    </message>
    <message>
        <source>Ask the HJ 212 server for every packet received and sent</source>
        <translation>让 HJ 212 服务端上报收发的每个数据包</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the list to read it; new packets are held and shown on resume</source>
        <translation>冻结列表以便查看；新数据包暂存，继续时显示</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Selected transmitter</source>
        <translation>所选数采仪</translation>
    </message>
    <message>
        <source>All transmitters</source>
        <translation>全部数采仪</translation>
    </message>
    <message>
        <source>Rejected only</source>
        <translation>仅看拒收</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s)</source>
        <translation>
            <numerusform>%n 包</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n new held while paused</source>
        <translation>
            </translation>
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
    <name>vocsync::ui::RuleForm</name>
    <message>
        <source>Whole station</source>
        <translation>全站</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Monitoring point</source>
        <translation>监测点</translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>SMS (GSM modem)</source>
        <translation>短信（GSM 模块）</translation>
    </message>
    <message>
        <source>SMS (HTTP gateway)</source>
        <translation>短信（HTTP 网关）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>e.g. Treatment not started (报警)</source>
        <translation>例如：治污设施未同时开启（报警）</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>适用范围：</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Anomaly found by the analysis</source>
        <translation>分析发现的异常</translation>
    </message>
    <message>
        <source>Quantity beyond a limit</source>
        <translation>测量值越限</translation>
    </message>
    <message>
        <source>Any anomaly</source>
        <translation>全部异常</translation>
    </message>
    <message>
        <source>Anomaly:</source>
        <translation>异常类型：</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>测量量：</translation>
    </message>
    <message>
        <source>Alarm when:</source>
        <translation>报警条件：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The condition must last this long before the alarm is raised</source>
        <translation>条件持续达到此时长才产生报警</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Lasting at least:</source>
        <translation>持续至少：</translation>
    </message>
    <message>
        <source>Escalation and schedule</source>
        <translation>升级与时段</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不启用</translation>
    </message>
    <message>
        <source>A warning (预警) still active this long becomes an alarm (报警)</source>
        <translation>预警持续达到此时长仍未消除时升级为报警</translation>
    </message>
    <message>
        <source>Repeat the notification this often until acknowledged</source>
        <translation>未确认时按此间隔重复通知</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Equal times: the whole day. An end before the start runs across midnight.</source>
        <translation>起止相同表示全天；结束早于开始表示跨夜。</translation>
    </message>
    <message>
        <source>Escalate after:</source>
        <translation>升级为报警：</translation>
    </message>
    <message>
        <source>Notify again every:</source>
        <translation>重复通知间隔：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>生效日：</translation>
    </message>
    <message>
        <source>Daily window:</source>
        <translation>每日时段：</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Phone numbers, comma separated</source>
        <translation>手机号码，用逗号分隔</translation>
    </message>
    <message>
        <source>Empty: the enterprise&apos;s contacts receive the SMS.</source>
        <translation>留空：短信发给企业联系人。</translation>
    </message>
    <message>
        <source>None ticked: every configured channel.</source>
        <translation>都不勾选：使用全部已配置的通道。</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>通知通道：</translation>
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
    <message>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Operating-system user: %1</source>
        <translation>操作系统用户：%1</translation>
    </message>
    <message>
        <source>Sound while an alarm (报警) is unacknowledged</source>
        <translation>有未确认的报警级报警时响铃</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The system beep is used; many Linux desktops mute it or play no sound unless an event sound is configured.</source>
        <translation>使用系统提示音；许多 Linux 桌面默认静音，需配置事件声音后才会发声。</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>值班员姓名：</translation>
    </message>
    <message>
        <source>Repeat every:</source>
        <translation>重复间隔：</translation>
    </message>
    <message>
        <source>Shifts start at:</source>
        <translation>交班时间：</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::ShelveDialog</name>
    <message>
        <source>Shelve alarms</source>
        <translation>搁置报警</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation>8 小时</translation>
    </message>
    <message>
        <source>Until the end of the shift (%1)</source>
        <translation>至本班结束（%1）</translation>
    </message>
    <message>
        <source>Why notifications may wait (required)</source>
        <translation>暂停通知的原因（必填）</translation>
    </message>
    <message>
        <source>Shelve:</source>
        <translation>搁置：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>值班员：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A shelved alarm stays in the list; it sends no notifications and no sound until the time is up.</source>
        <translation>搁置的报警仍显示在列表中，到期前不再发送通知，也不响铃。</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>搁置</translation>
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
    <name>vocsync::ui::StateTimelinePage</name>
    <message>
        <source>Run-state timeline</source>
        <translation>设施运行时间线</translation>
    </message>
    <message>
        <source>One station day of an enterprise: the state of every facility, the anomalies found, and the day&apos;s synchronous operation rate</source>
        <translation>企业一天内各设施的运行状态、发现的异常和当日同步运行率</translation>
    </message>
    <message>
        <source>Sync rate of the day</source>
        <translation>当日同步运行率</translation>
    </message>
    <message>
        <source>Production time</source>
        <translation>生产时长</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>数据完整率</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时长</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常类型</translation>
    </message>
    <message>
        <source>Production facility</source>
        <translation>产污设施</translation>
    </message>
    <message>
        <source>Choose an enterprise and a day</source>
        <translation>请选择企业和日期</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Analysing the stored samples…</source>
        <translation>正在分析已存储的数据…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>time-weighted over the production facilities</source>
        <translation>按产污设施生产时长加权</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>summed over the production facilities</source>
        <translation>各产污设施合计</translation>
    </message>
    <message>
        <source>anomalies touching this day</source>
        <translation>涉及当日的异常</translation>
    </message>
    <message>
        <source>time with valid data</source>
        <translation>有效数据时间占比</translation>
    </message>
    <message>
        <source>%1 samples analysed · %2 (station time)</source>
        <translation>已分析 %1 条数据 · %2（站点时间）</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::StateTimelineWidget</name>
    <message>
        <source>No facility to show</source>
        <translation>没有可显示的设施</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Sync rate</source>
        <translation>同步率</translation>
    </message>
    <message>
        <source>Event (%1)</source>
        <translation>异常（%1）</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>设施：%1</translation>
    </message>
    <message>
        <source>Related production facility: %1</source>
        <translation>对应产污设施：%1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Still open, last seen %1</source>
        <translation>仍在持续，最近 %1</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>持续：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 – %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 – %4（%5）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
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
    <name>vocsync::ui::TransmitterLabels</name>
    <message>
        <source>Never seen</source>
        <translation>从未上线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation>补传中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1 Get time</source>
        <translation>%1 提取时间</translation>
    </message>
    <message>
        <source>%1 Set time</source>
        <translation>%1 设置时间</translation>
    </message>
    <message>
        <source>%1 Time calibration request</source>
        <translation>%1 校时请求</translation>
    </message>
    <message>
        <source>%1 Get real-time interval</source>
        <translation>%1 提取实时间隔</translation>
    </message>
    <message>
        <source>%1 Set real-time interval</source>
        <translation>%1 设置实时间隔</translation>
    </message>
    <message>
        <source>%1 Real-time data</source>
        <translation>%1 实时数据</translation>
    </message>
    <message>
        <source>%1 Facility state</source>
        <translation>%1 设施状态</translation>
    </message>
    <message>
        <source>%1 Day data</source>
        <translation>%1 日数据</translation>
    </message>
    <message>
        <source>%1 Facility run time</source>
        <translation>%1 设施运行时间</translation>
    </message>
    <message>
        <source>%1 Minute data</source>
        <translation>%1 分钟数据</translation>
    </message>
    <message>
        <source>%1 Hour data</source>
        <translation>%1 小时数据</translation>
    </message>
    <message>
        <source>%1 Request answer</source>
        <translation>%1 请求应答</translation>
    </message>
    <message>
        <source>%1 Execution answer</source>
        <translation>%1 执行结果</translation>
    </message>
    <message>
        <source>%1 Notice answer</source>
        <translation>%1 通知应答</translation>
    </message>
    <message>
        <source>%1 Data answer</source>
        <translation>%1 数据应答</translation>
    </message>
    <message>
        <source>%1 Heartbeat</source>
        <translation>%1 心跳</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 (in step with the station)</source>
        <translation>%1（与本站时间一致）</translation>
    </message>
    <message>
        <source>%1 (%2 behind the station)</source>
        <translation>%1（比本站慢 %2）</translation>
    </message>
    <message>
        <source>%1 (%2 ahead of the station)</source>
        <translation>%1（比本站快 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received</source>
        <translation>
            <numerusform>已收到 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Bad header</source>
        <translation>包头错误</translation>
    </message>
    <message>
        <source>Bad length</source>
        <translation>长度错误</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>超长</translation>
    </message>
    <message>
        <source>Length mismatch</source>
        <translation>长度不符</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>CRC 错误</translation>
    </message>
    <message>
        <source>Bad terminator</source>
        <translation>包尾错误</translation>
    </message>
    <message>
        <source>Missing field</source>
        <translation>缺少字段</translation>
    </message>
    <message>
        <source>Duplicate field</source>
        <translation>字段重复</translation>
    </message>
    <message>
        <source>Bad field</source>
        <translation>字段错误</translation>
    </message>
    <message>
        <source>Bad time</source>
        <translation>时间错误</translation>
    </message>
    <message>
        <source>Bad CP</source>
        <translation>CP 错误</translation>
    </message>
    <message>
        <source>Bad factor</source>
        <translation>因子错误</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TransmitterTableModel</name>
    <message>
        <source>Connected from %1 since %2</source>
        <translation>自 %2 起由 %1 连接</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <source>Not connected; last connection from %1</source>
        <translation>未连接；上次连接来自 %1</translation>
    </message>
    <message>
        <source>No packet accepted yet</source>
        <translation>尚未收到有效数据包</translation>
    </message>
    <message>
        <source>%1
Newest real-time data: %2</source>
        <translation>%1
最新实时数据：%2</translation>
    </message>
    <message>
        <source>Values received by history requests</source>
        <translation>经历史数据提取收到的数值</translation>
    </message>
    <message>
        <source>%1
MN %2</source>
        <translation>%1
MN %2</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>协议：%1</translation>
    </message>
    <message>
        <source>%1 accepted; %2 more received again (same QN), not delivered twice</source>
        <translation>接收 %1 包；另有 %2 包重复收到（QN 相同），未重复交付</translation>
    </message>
    <message>
        <source>%1 values, %2 of them backfilled</source>
        <translation>%1 个数值，其中补传 %2 个</translation>
    </message>
    <message>
        <source>The transmitter&apos;s IP address and port while connected, else the last one</source>
        <translation>连接中数采仪的 IP 地址和端口，未连接时为上次的</translation>
    </message>
    <message>
        <source>Packets accepted since the station started</source>
        <translation>本站启动以来接收的数据包</translation>
    </message>
    <message>
        <source>Packets rejected: CRC, syntax, wrong password, over the rate limit</source>
        <translation>拒收的数据包：CRC、格式、密码错误、超过速率限制</translation>
    </message>
    <message>
        <source>Values delivered: point samples and factor values</source>
        <translation>交付的数值：监测点采样值和因子值</translation>
    </message>
    <message>
        <source>Of those, values received by history requests after an outage</source>
        <translation>其中中断后经历史数据提取补传的数值</translation>
    </message>
    <message>
        <source>The last rejected packet&apos;s reason; while a gap is being backfilled, the history request under way</source>
        <translation>最近一次拒收的原因；补传数据缺口时显示进行中的历史数据提取</translation>
    </message>
    <message>
        <source>MN</source>
        <translation>MN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>最近报文</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>包数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Backfilled</source>
        <translation>补传</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TransmittersPage</name>
    <message>
        <source>Transmitters (HJ 212)</source>
        <translation>数采仪（HJ 212）</translation>
    </message>
    <message>
        <source>Data acquisition transmitters reporting over HJ 212, their packets, commands to them, and forwarding to the central platforms</source>
        <translation>通过 HJ 212 上报的数采仪：数据包、对数采仪的命令，以及向上级平台的转发</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Listening on TCP port %2</source>
        <translation>&lt;span style='color:%1'&gt;●&lt;/span&gt; 正在监听 TCP 端口 %2</translation>
    </message>
    <message>
        <source>Transmitters connect to this computer&apos;s address and this port</source>
        <translation>数采仪连接本机地址和此端口</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Not listening</source>
        <translation>&lt;span style='color:%1'&gt;●&lt;/span&gt; 未监听</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Not listening: %2</source>
        <translation>&lt;span style='color:%1'&gt;●&lt;/span&gt; 未监听：%2</translation>
    </message>
    <message>
        <source>%1 rejected packet(s)</source>
        <translation>拒收 %1 包</translation>
    </message>
    <message numerus="yes">
        <source>%n registered transmitter(s)</source>
        <translation>
            <numerusform>已登记数采仪 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>MN %1 (%2)</source>
        <translation>MN %1（%2）</translation>
    </message>
    <message>
        <source>%1 rejected from %2: %3</source>
        <translation>%1 拒收来自 %2 的数据包：%3</translation>
    </message>
    <message>
        <source>%1 of %2 connected · %3 packet(s) waiting in the store-and-forward queue</source>
        <translation>已连接 %1 / %2 · 缓存队列中待发 %3 包</translation>
    </message>
    <message>
        <source>Read clock</source>
        <translation>提取时间</translation>
    </message>
    <message>
        <source>Ask the transmitter for its clock (CN 1011)</source>
        <translation>提取数采仪时间（CN 1011）</translation>
    </message>
    <message>
        <source>Set clock</source>
        <translation>设置时间</translation>
    </message>
    <message>
        <source>Set the transmitter&apos;s clock to the station&apos;s (CN 1012)</source>
        <translation>将数采仪时间设为本站时间（CN 1012）</translation>
    </message>
    <message>
        <source>Read interval</source>
        <translation>提取间隔</translation>
    </message>
    <message>
        <source>Ask the transmitter for its real-time data interval (CN 1061)</source>
        <translation>提取实时数据间隔（CN 1061）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Real-time data interval, %1 to %2 seconds (HJ 212-2017)</source>
        <translation>实时数据间隔，%1 至 %2 秒（HJ 212-2017）</translation>
    </message>
    <message>
        <source>Set interval</source>
        <translation>设置间隔</translation>
    </message>
    <message>
        <source>Set the real-time data interval (CN 1062)</source>
        <translation>设置实时数据间隔（CN 1062）</translation>
    </message>
    <message>
        <source>Request history…</source>
        <translation>提取历史数据…</translation>
    </message>
    <message>
        <source>Ask for the minute, hour or day data of a time range (CN 2051, 2061, 2031)</source>
        <translation>提取某时段的分钟、小时或日数据（CN 2051、2061、2031）</translation>
    </message>
    <message>
        <source>Select a transmitter to send it commands</source>
        <translation>选择一台数采仪以发送命令</translation>
    </message>
    <message>
        <source>Commands go to %1</source>
        <translation>命令发往 %1</translation>
    </message>
    <message>
        <source>%1 is not connected: no commands</source>
        <translation>%1 未连接，无法发送命令</translation>
    </message>
    <message>
        <source>%1 · %2: sent to %3, waiting for the answer…</source>
        <translation>%1 · %2：已发往 %3，等待应答…</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Upstream platforms</source>
        <translation>上级平台</translation>
    </message>
    <message>
        <source>No upstream platform is configured. Platforms (host, port, MN and password per forwarded source) are kept in the station database, table upstream_target.</source>
        <translation>未配置上级平台。平台（地址、端口、每个转发来源的 MN 和密码）保存在本站数据库的 upstream_target 表中。</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
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
<context>
    <name>vocsync::ui::UpstreamTableModel</name>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Queued at %1</source>
        <translation>入队时间 %1</translation>
    </message>
    <message>
        <source>Packets queued and not yet answered by the platform (kept on disk)</source>
        <translation>已入队、平台尚未应答的数据包（保存在磁盘上）</translation>
    </message>
    <message>
        <source>Packets the platform answered (9014), kept until pruned</source>
        <translation>平台已应答（9014）的数据包，保留至清理</translation>
    </message>
    <message>
        <source>How long the oldest unanswered packet has waited</source>
        <translation>最早的未应答数据包已等待的时间</translation>
    </message>
    <message>
        <source>When the next packet is sent or resent (backoff while the platform does not answer)</source>
        <translation>下一次发送或重发的时间（平台无应答时退避）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>最早待发</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最近应答</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
</TS>
