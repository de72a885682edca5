<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Bus</name>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; retry in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected bytes, dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad reply to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout, no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout, reply incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout after %1 ms (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkCodec</name>
    <message>
        <source>minimums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firsts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count is 0 in every aggregate, expected a quantity of the mask at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, but the blob ends after %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 as a varint of at most 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 of %2 bytes, but only %3 are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is invalid: expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1..%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality runs cover %1 samples, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presence runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an empty mask in an empty chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or 2..%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presence runs cover %1 samples with %2 present, expected %3 samples with at least one present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk kind byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x53 (samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x41 (aggregates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 for the %2 bytes that follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits 0-4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the end of the blob, found %1 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream mode byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block bit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order 0..2 in bits 0-1, reference 0..%1 in bits 2-3, bits 4-7 zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hj212Codec</name>
    <message>
        <source>bad factor key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown factor suffix in &quot;%1&quot;: kept as a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a data flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data flag &quot;%2&quot; is not in HJ 212</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an extended flag (C4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time YYYYMMDDhhmmss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an instrument id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataTime given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataTime &quot;%1&quot; is not a time YYYYMMDDhhmmss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataTime with milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP key &quot;%1&quot; is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time YYYYMMDDhhmmss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP key &quot;%1&quot; has no factor suffix: kept as a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP is %1 bytes, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP does not start with &quot;&amp;&amp;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing &quot;&amp;&amp;&quot; of CP: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP is not closed by &quot;&amp;&amp;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces around a CP item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; before the closing &quot;&amp;&amp;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty CP item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP item &quot;%1&quot; has no &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces around &apos;=&apos; in a CP item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log text of %1 is not closed by &quot;//&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the log text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP item without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data segment of %1 bytes is over the limit of %2 bytes (split it into sub-packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP of %1 bytes is over the limit of %2 bytes (split it into sub-packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared length %1, but the data segment is %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame does not start with &quot;##&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame ends inside its length field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length &quot;%1&quot; is not 4 decimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared data segment of %1 bytes, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame ends after %1 bytes; its declared length %2 needs %3 with the CRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRC &quot;%1&quot; is not 4 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes after the CRC are not CR LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not a possible HJ 212 CRC: a Modbus CRC?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC mismatch: expected %1, found %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC in lower-case hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CR LF after the CRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF without CR after the CRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data segment of %1 bytes, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QN error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QnRtn %1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, reason unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request condition error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExeRtn %1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set timeout and retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set field time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time calibration request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time data interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set real-time data interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute data interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set minute data interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop real-time data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility running state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop facility running state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily facility running time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logger power-on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manually set value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the measuring range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 sets of this MN open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 sets open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN %1 CN %2 DataTime %3: sub-packets %4 of %5 missing after %6 s; the set was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more sets were dropped to stay within the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CP: the data segment ends without &quot;CP=&amp;&amp;...&amp;&amp;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header item &quot;%1&quot; has no &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad header field name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header field %1 is not in HJ 212-2017: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header field %1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QN &quot;%1&quot; is not a time YYYYMMDDhhmmsszzz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST &quot;%1&quot; is not 2 characters 0-9 A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN &quot;%1&quot; is not 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PW &quot;%1&quot; is longer than 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN &quot;%1&quot; is empty or longer than 31 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag &quot;%1&quot; is not a number 0..255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNUM &quot;%1&quot; is not a number 1..9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNO &quot;%1&quot; is not a number 1..9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is zero-padded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Flag: taken as 0 (HJ/T 212-2005)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN &quot;%1&quot; is not 24 hex digits (HJ 212-2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag bit D set without PNUM/PNO: taken as one packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNO %1 is greater than PNUM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNUM/PNO given without Flag bit D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes before &quot;##&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended inside a frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended %1 bytes into a frame of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRC &quot;%1&quot; is not 4 hex digits (wrong length?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC mismatch: expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes after the CRC are not CR LF (wrong length?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hj212Server</name>
    <message numerus="yes">
        <source>requesting %1 %2 - %3 (%n gap(s) open)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - %2 not filled: %3; asked again at %4 or on reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 commands already wait for this transmitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SystemTime %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RtdInterval %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time interval set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1 (QnRtn %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data (ExeRtn 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1 (ExeRtn %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success reported but no %1 upload came</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer after %n tries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (no execution answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no execution answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accepted packet within %1 s of connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer does not read its answers (%1 bytes unsent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 packets a second for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HJ 212 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time interval %1 s is outside 30..3600 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN %1 is not a history request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no whole period of CN %1 lies in the time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN %1 without DataTime: arrival time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor %1 is not in factor map %2; stored as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 (%2) is not bound to a point; stored as a factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1 does not measure %2; %3 stored as a factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor %1 carries no value that is stored (a flag alone, or alarm values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter %1: channel %2 is bound to point %3, which is not in the plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter %1 is listed twice; the last entry counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN %1 is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter %1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections open from this address (not yet authenticated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter removed from the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown MN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VocSync: supervision of VOC pollution-control facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the built-in demo plant with simulated meters (7 days of history are generated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this station database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once data is shown, save the main window to this PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the trend of this facility id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this station day on the timeline page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this enterprise id on the timeline page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this page: overview, trend, timeline, alarms, alarm-history, alarm-rules, devices or transmitters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>cannot write the output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition</name>
    <message>
        <source>no DL/T 645 template &quot;%1&quot; (see the device template folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not polled by the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Modbus template &quot;%1&quot; (see the device template folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit id &quot;%1&quot; is not a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes &quot;%1&quot;, which is not a known factor map; its codes will not resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::BusScanner</name>
    <message>
        <source>registers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::Dlt645Driver</name>
    <message>
        <source>meter %1, DI %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame of meter %1, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply for DI %1, skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::FactorMapLibrary</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the factor map id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::Link</name>
    <message>
        <source>no serial port set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::MeterPoller</name>
    <message>
        <source>port %1 is already used with another protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is already used at %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ports open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 belongs to a configured device; a test read needs its own id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::ModbusDriver</name>
    <message>
        <source>stale reply (transaction %1), skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1, function %2, 0x%3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a late reply, skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::SerialLink</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::SimulatedSource</name>
    <message>
        <source>Demo plant simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>simulating %n monitoring point(s)</source>
        <translation>
            <numerusform>simulating %n monitoring point</numerusform>
            <numerusform>simulating %n monitoring points</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::TcpLink</name>
    <message>
        <source>%1:%2: connection closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::TemplateLibrary</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::acquisition::demo::Unit</name>
    <message>
        <source>no connection to %1:%2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 bytes from the station: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected a packet from the station: %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode CN %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to packet QN %1 after %2 resends; given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused real-time interval &apos;%1&apos;: a multiple of %2 s up to %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused CN %1: no valid BeginTime and EndTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused CN %1: %2 periods asked, at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused CN 2011: %1 instants asked, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::alarms</name>
    <message>
        <source>Active, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alarm is already acknowledged (by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alarm is normal (cleared and acknowledged): nothing to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alarm is already cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a cleared, unacknowledged alarm can become active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 %3: %4 reached %5, above the limit %6, for %7 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 %3: %4 fell to %5, below the limit %6, for %7 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 %3: %4 %5, for %6 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 %3: %4, for %5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (escalated to alarm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reminder %2, not acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; contains a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::AlarmEngine</name>
    <message>
        <source>alarm rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no alarm rule with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledging an alarm needs the user who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alarm is normal or does not exist: nothing to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelving an alarm needs the user who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alarm is normal or does not exist: nothing to shelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shelf must end in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alarm store refused the change; see the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unshelving an alarm needs the user who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alarm is not shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::AlarmRule</name>
    <message>
        <source>name: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope_id: &apos;%1&apos; contains a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit: must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration_s: must be at least 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate_after_s: must be at least 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renotify_minutes: must be at least 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule.days: must name at least one day of the week (bits 0-6), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: the daily window needs valid from and to times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::AlarmStore</name>
    <message>
        <source>alarm rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no alarm rule with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no alarm with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::GsmModemChannel</name>
    <message>
        <source>SMS modem: the serial port name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS modem: baud rate %1 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS modem: timeouts must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open serial port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modem answered %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::SmsGatewayChannel</name>
    <message>
        <source>no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the answer does not contain &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but the answer does not match &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway: the URL template &apos;%1&apos; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway: the URL must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway: success pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway: timeout must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway: invalid header &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL after expansion: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::sms</name>
    <message>
        <source>not a phone number: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number longer than %1 digits: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message needs %1 SMS, at most 255 can be concatenated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::alarms::storerows</name>
    <message>
        <source>alarm rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored scope &apos;%1&apos;, level &apos;%2&apos; or quantity &apos;%3&apos; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored event type &apos;%1&apos; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored level &apos;%1&apos; or state &apos;%2&apos; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored evidence is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::analysis</name>
    <message>
        <source>Treatment not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abnormal stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment idling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment slowed down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 valid readings: at least %2 are needed to suggest thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All readings are %1: the history shows no change of load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readings show one load level only (around %1): the history never shows the facility both stopped and running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readings show no positive load level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facility never stops or idles in this history: its lowest load level, %1, is %2 % of its loaded level, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No off period in this history: the off threshold is extrapolated below the idle level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings around %1 look like overload but are not clearly apart from the loaded level: no overload threshold is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::cli</name>
    <message>
        <source>Try &apos;vocsync-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already holds a plant that is not the demo plant (%1); use a new database file for the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no demo facility &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no demo point &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point &apos;%1&apos; has no storage key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points instead of the demo&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli demo --days N --db FILE [--seed S] [--end TIME]

Fills the database with N days of 10-second samples of the simulated demo plant (four enterprises in Huzhou, Zhejiang), ending at TIME (default: now). An empty or new database gets the demo plant configuration first. The simulator is deterministic: the same seed and times give the same samples, and its injected anomalies (late start, idling, slowdown, abnormal stop, not started, early stop, silent meter) are printed as ground truth. Prints one JSON object; progress goes to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history (1-%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station database (SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the history, ISO 8601 (e.g. 2026-11-24T08:00+08:00; without an offset in the station&apos;s time zone). Rounded down to 10 s. Default: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples in %2 s (%3 samples/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the writer refused %1 samples: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli plant import --db FILE PLANT.json

Checks the plant file completely (docs/plant-json.md), then replaces the configuration stored in the database with it in one transaction; creates the database if it does not exist. Points keep their storage keys (and samples) when their id already exists. A point that still has samples cannot be removed. Prints one JSON object with the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plant file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one plant file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli plant export --db FILE [-o OUT]

Writes the plant configuration stored in the database as a plant file (docs/plant-json.md), to standard output or to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vocsync-cli plant import --db FILE PLANT.json
       vocsync-cli plant export --db FILE [-o OUT]

Imports or exports the plant configuration as JSON (docs/plant-json.md).
Run &apos;vocsync-cli plant import --help&apos; for an action&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli samples export --db FILE [--point ID] [--from T] [--to T] [-o OUT]

Writes stored samples as CSV (docs/samples-csv.md): one point, or all points ordered by id, each in time order. T is ISO 8601 (2026-11-24T08:00:00+08:00; without an offset the station&apos;s zone); --from is inclusive, --to exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this monitoring point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown point &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli samples import --db FILE SAMPLES.csv

Imports samples from CSV (docs/samples-csv.md) into a database that already holds the plant (vocsync-cli plant import). The whole file is checked first: on any bad row nothing is written and the message names the file, line and column. Prints one JSON object: rows, points, seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The samples file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one CSV file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no monitoring points; import the plant first (vocsync-cli plant import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rewind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vocsync-cli samples import --db FILE SAMPLES.csv
       vocsync-cli samples export --db FILE [--point ID] [--from T] [--to T] [-o OUT]

Imports or exports stored samples as CSV (docs/samples-csv.md).
Run &apos;vocsync-cli samples import --help&apos; for an action&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant JSON (as vocsync-cli plant export writes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples CSV (docs/samples-csv.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period (exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --plant and --samples, or --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plant and --samples go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli thresholds suggest --db FILE --facility ID [--days N]

Proposes off/run/overload thresholds and a hysteresis for a facility from the last N days (default 30) of its stored readings, with a confidence from 0 to 1 and the modes (off, idle, loaded) found. Prints one JSON object; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE and --facility ID are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of days from 1 to 3660, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown facility &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility &apos;%1&apos; has no point measuring %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli thresholds suggest --db FILE --facility ID [--days N]

Proposes run-state thresholds from a facility&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples in the period: give --from and --to to analyse an empty period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is empty: it must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not POINT:QUANTITY&gt;VALUE[:SECONDS] (or &lt;), e.g. E01-F01-M:current_a&gt;45:60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point &apos;%1&apos; does not measure &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli analyze --plant PLANT.json --samples SAMPLES.csv [--from T] [--to T]
vocsync-cli analyze --db FILE [--from T] [--to T] [--limit SPEC]...

Prints one JSON object (docs/analysis.md): facilities with their run states, sync figures per production facility, enterprises with sync rate and risk, events (anomalies with evidence) and data-quality flags. T is ISO 8601 (without an offset: the station&apos;s zone) or epoch milliseconds; --from is inclusive, --to exclusive; by default the period spans the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An over_limit rule, repeatable: POINT:QUANTITY&gt;VALUE[:SECONDS] or with &lt;; the value must stay beyond for SECONDS (default 60), e.g. E01-F01-M:current_a&gt;45:60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli dlt645 read --serial DEV --address 12DIGITS [--template ID|FILE.json]
    [--baud 2400] [--parity E] [--json] [--count N] [--interval MS]

Reads a DL/T 645-2007 meter: voltage, current, active power, power factor, frequency and
energy (the template&apos;s data identifiers), one request per identifier. The address is
the 12 digits on the nameplate. Line defaults: 2400 bit/s, 8E1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id or .json file (default dlt645-2007-generic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter address, 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address DIGITS is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli dlt645 read ...

  read   read a DL/T 645-2007 meter
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli modbus read --template ID|FILE.json (--tcp HOST:PORT | --rtu-tcp HOST:PORT |
    --serial DEV [--baud N] [--parity N|E|O]) --unit N [--json] [--count N] [--interval MS]

Reads a meter by its device template and prints the decoded values (a table, or one JSON
object per reading with --json). PT/CT ratios come from the meter&apos;s registers where the
template has them, or from --pt/--ct. Exit 1 when the meter does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id or .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit id (slave address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PT ratio (default: from the meter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT ratio (default: from the meter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratios must be numbers &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli modbus scan (--serial DEV [--baud N] [--parity N|E|O] | --tcp HOST:PORT |
    --rtu-tcp HOST:PORT) [--from 1] [--to 247] [--function 3] [--address 0] [--json]

Finds the unit ids that answer on a bus or behind a gateway: reads one register of each
unit id in turn. A unit that answers with an exception is there too. Use a short
--timeout (e.g. 200) to scan a whole bus quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First unit id (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last unit id (default 247).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or 4 (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register to read (default 0; 0x.. accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is below --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 answers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit(s) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli modbus read|scan ...

  read   read a meter by its device template
  scan   find the unit ids on a bus
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template &apos;%1&apos; is a %2 template, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  round trip %2 ms  PT %3  CT %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving up after %1 failed attempts in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli hj212 parse [FILE] [--no-crc]

Reads HJ 212 packets, one per line (CRLF or LF), from FILE or standard input and writes
JSON Lines: one object per packet with its header fields and CP decoded, or
{&quot;error&quot;: text, &quot;reason&quot;: key, &quot;offset&quot;: N, &quot;line&quot;: L} for a rejected one (offset
= byte in the line, 0 = the first &apos;#&apos;). Empty lines are skipped. Exit 0 when every
packet parsed, 1 when any was rejected or FILE cannot be read, 2 on usage errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets, one per line (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not check the CRC (show damaged packets decoded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one FILE, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 packets rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli hj212 crc [--frame] TEXT

Prints the HJ 212 CRC16 (4 hex digits) of a data segment: the text between the length
and the CRC of a frame, &quot;QN=...;ST=...;...;CP=&amp;&amp;...&amp;&amp;&quot; (UTF-8 bytes). With --frame,
prints the complete frame instead: ##, length, segment, CRC and CRLF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the complete frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one TEXT (quote it: it contains &apos;;&apos; and &apos;&amp;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT is the data segment only, without &quot;##&quot;, the length and the CRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data segment has %1 bytes; a frame holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli hj212 parse|crc|send|listen|simulate ...

  parse      decode packets (one per line) into JSON Lines
  crc        the CRC16 of a data segment, or the whole frame
  send       send packets to a server and print its answers
  listen     accept transmitters and store what they send
  simulate   run the demo plant&apos;s transmitters, sending to a server
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept-demo needs the demo plant in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listened %1 s: %2 packets in, %3 out, %4 rejected; %5 values; %6 samples and %7 factor values stored, %8 samples refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 %3: %4 packets, %5 errors, %6 values (%7 backfilled)%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; last error: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port to listen on (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN registry JSON (docs/hj212-server.md) to import into the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also accept the demo plant&apos;s transmitters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: expected 0 to 65535, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor map skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on %1:%2 for %3 transmitters (%4 imported, %5 demo), storing into %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transmitter is registered: every packet will be rejected (use --registry FILE.json or --accept-demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples were refused by the database (see the messages above)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to HOST:PORT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: expected HOST:PORT, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time data %1: %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1 answered: QnRtn %2, ExeRtn %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transmitters sending to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated %1 s: %2 connections, %3 real-time and %4 history packets, %5 frames sent, %6 answered, %7 resent, %8 given up, %9 commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli upstream list --db FILE

Prints one JSON object per upstream target with its queue: packets pending (not yet answered by the platform) and answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enterprise &apos;%1&apos; in the station&apos;s plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli upstream add --db FILE --name NAME --host HOST --port N --mn MN --password PW (--enterprise ID | --transmitter MN) [--st 31] [--version 2017] [--factor-map ID] [--disabled]

Adds a central platform to forward to: an enterprise&apos;s points (as real-time data under VocSync&apos;s electrical codes) or a transmitter&apos;s factor values, under the MN and password the platform gave. Prints the new target as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform TCP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN the platform assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access password (PW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward this enterprise&apos;s points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward this transmitter&apos;s factor values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System code ST (default 31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol written: 2005, 2017 (default) or 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor map for electrical codes (default vocsync-electric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --enterprise and --transmitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be 1..65535, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ST must be 2 characters, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version must be 2005, 2017 or 2025, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli upstream remove --db FILE --id N

Removes an upstream target and its queue (packets not yet answered are dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target id (see &apos;upstream list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE and --id N are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a target id: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upstream target with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vocsync-cli upstream list --db FILE
       vocsync-cli upstream add --db FILE --name NAME --host HOST --port N --mn MN --password PW (--enterprise ID | --transmitter MN)
       vocsync-cli upstream remove --db FILE --id N

The central platforms the station forwards to over HJ 212 (docs/hj212-upstream.md).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::cli::PortOptions</name>
    <message>
        <source>give exactly one port: --serial DEV%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, --tcp HOST:PORT or --rtu-tcp HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1200, 2400, 4800, 9600, 19200, 38400, 57600 or 115200, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected N, E or O, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::cli::hj212cli</name>
    <message>
        <source>%1:%2: the packet does not parse (%3 at byte %4: %5); sent as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped %2 bytes at stream offset %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocsync-cli hj212 send --to HOST:PORT FILE [--wait-answer MS] [--json]

Connects to an HJ 212 server and sends the packets of FILE (&quot;-&quot;: standard input), one
per line: a line starting with ## is sent as a frame, any other line is a data segment
and is framed (length, CRC, CRLF) first. After each packet, prints the answers that
arrive until MS pass without a byte: raw frames, one per line, or decoded as JSON Lines
with --json. Exit 1 when the connection fails or is closed before every packet is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for answers until MS pass in silence (default 1000; 0: do not wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection timeout (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the answers decoded, as JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to HOST:PORT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: expected HOST:PORT, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait-answer and --timeout take milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended after %1 of %2 packets (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 packets sent, %3 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after S seconds (default: run until Ctrl+C or SIGTERM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected seconds (more than 0, at most %1), found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::cli::hj212cli::ListenLog</name>
    <message>
        <source>packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1 to %2: %3, %4 records (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::creditcode</name>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unified social credit code has 18 characters, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character &apos;%1&apos; is not allowed (only digits and the capital letters A-Y without I, O, S, V, Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrative division code (positions 3-8) must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character is &apos;%1&apos; but should be &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::dlt645</name>
    <message>
        <source>meter address &quot;%1&quot; has %2 characters, expected 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter address &quot;%1&quot;: character %2 is not a decimal digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCD field of %1 bytes (expected 1 to 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 (0x%2) is not BCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [a-z0-9_]+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (also values[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad data identifier &quot;%1&quot;: 8 hex digits DI3..DI0 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decimals do not fit in %2 BCD digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quantity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already fed by values[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DL/T 645 rate (600, 1200, 2400, 4800, 9600, 19200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not E, N or O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device template must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key written twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a DL/T 645 template (&quot;modbus&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (expected &quot;dlt645&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [a-z0-9-]+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the file name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second start byte is %1, expected 0x68</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data length %1 exceeds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end byte is %1, expected 0x16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply from meter %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal reply with %1 data bytes, expected 1 error byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal reply without an error bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control code 0x%1 is not a reply to a read (0x91, 0xB1 or 0xD1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read reply of %1 bytes has no data identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply carries data identifier %1, requested %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other error (其他错误)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data requested (无请求数据)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password or not authorised (密码错/未授权)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baud rate cannot be changed (通信速率不能更改)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many annual time zones (年时区数超)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many daily time periods (日时段数超)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many tariffs (费率数超)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved bit 7 (保留)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error bit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control code 0x%1 is not a read-address reply (0x93)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-address reply with %1 data bytes, expected 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-address reply names %1 in its data but %2 in its address field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-address reply carries %1, not 12 decimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::gui::AppContext</name>
    <message>
        <source>Any anomaly: warning, alarm after 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment not started: alarm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::gui::DemoBackfill</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::gui::Hj212DemoPeers</name>
    <message>
        <source>demo platform not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo upstream targets not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::gui::Hj212Host</name>
    <message>
        <source>HJ 212 packet from %1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HJ 212 packet of MN %1 from %2 rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HJ 212 server is turned off (setting hj212/enabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::gui::LiveAnalysisHost</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::gui::MeterHost</name>
    <message>
        <source>device %1 cannot be renamed while monitoring point %2 is bound to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::hj212</name>
    <message>
        <source>unknown quantity &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel binds an electrical quantity to a monitoring point; give &quot;quantity&quot; too, or drop &quot;channel&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern takes its channel from the code&apos;s {ch:N} field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exact code with a quantity needs &quot;channel&quot; (1..%1), the number its monitoring point is bound to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; contradicts quantity %2, which is stored in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the id of another factor map, such as &quot;hj212-2017&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a factor map cannot include itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a factor map holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key occurs twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; use a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 factors; a map holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &quot;%1&quot; is already defined by factors[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches the same codes as factors[%2] (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::hj212::detail</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::hj212::detail::FactorMapPattern</name>
    <message>
        <source>&quot;%1&quot;: a channel field is written {ch:N}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the channel field {ch:N} has N = 1 to 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a pattern holds exactly one channel field {ch:N}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a pattern needs a fixed prefix or suffix beside {ch:N}, or it would take every code of N digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a factor code: use letters, digits and _ (a channel field is written {ch:N})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::hj212::detail::FactorMapReader</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::json</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::json::Fields</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; expected YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::modbus</name>
    <message>
        <source>register %1 (function %2) not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registers %1..%2 (function %3) not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter sent NaN (not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 (holding registers) or 4 (input registers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown byte order &quot;%1&quot;; expected one of: ABCD, CDAB, BADC, DCBA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a register address 0..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number 0..65535 or a hex string such as &quot;0x0061&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hex address &quot;0x0000&quot;..&quot;0xFFFF&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data type &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 at this address runs past register 0xFFFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key; use a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is already used by values[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ratio &quot;%1&quot;; expected one of: none, pt, ct, pt*ct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quantity &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 is already fed by values[%2] (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; does not match quantity %2, which is stored in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a serial baud rate; expected one of: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parity &quot;%1&quot;; expected N, E or O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PT ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device template holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key occurs twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Modbus template (protocol &quot;dlt645&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;; expected modbus or dlt645</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; use a-z, 0-9 and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception reply without an exception code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply from unit %1, expected unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply with function %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte count %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server device failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server device busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory parity error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway path unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway target device failed to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol id %1, expected 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length field %1 outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale reply: transaction id %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length field %1, expected 3 for an exception reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length field %1 does not match byte count %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values; a template holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::modbus::detail</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::modbus::detail::ObjectReader</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson</name>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plant file holds one JSON object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key occurs twice in one object (first at line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; contains a space, comma, quote or control character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail</name>
    <message>
        <source>this is not a VocSync plant file: format is &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parity &apos;%1&apos;; expected N (none), E (even) or O (odd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail::Checker</name>
    <message>
        <source>the id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;%1&apos; contains a space, comma, quote or control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id &apos;%2&apos; is already used by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of at least 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid unified social credit code &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown enterprise &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workshop &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop &apos;%1&apos; belongs to enterprise &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown production line &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production line &apos;%1&apos; is in workshop &apos;%2&apos;, but the facility&apos;s workshop_id is &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run state is taken from current_a or power_kw, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run (%1) is below off (%2); expected off &lt;= run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overload (%1) is below run (%2); expected run &lt;= overload, or 0 for no overload level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown facility &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility &apos;%1&apos; is a treatment facility; production_id must name a production facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility &apos;%1&apos; is a production facility; treatment_id must name a treatment facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already linked by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1 second, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point measures at least one quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimals must be 0 to 6, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with basis rated the thresholds are fractions of the rated level; run %1 is more than 10 times it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail::DeviceChecker</name>
    <message>
        <source>%1 is out of range; expected %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of at least 0, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Modbus unit id; expected 1 to 247 (0 is broadcast, which no meter answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DL/T 645 address; expected 12 decimal digits, e.g. 000012345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 device needs a port: the serial device it is on, e.g. /dev/ttyUSB0 or COM3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 device needs a port: host:port of the meter or serial server, e.g. 192.168.1.20:502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host:port; expected e.g. 192.168.1.20:502 ([::1]:502 for IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port %1 is out of range; expected 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a polled device needs a template_id (the device template that maps its registers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baud rate %1 is not supported; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data bits must be 7 or 8, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop bits must be 1 or 2, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail::ReadContext</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::plantjson::detail::Reader</name>
    <message>
        <source>unknown kind &apos;%1&apos;; expected production or treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quantity &apos;%1&apos;; expected current_a or power_kw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; expected power_meter, transmitter, sensor_card or voc_analyzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quantity &apos;%1&apos;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown basis &apos;%1&apos;; expected absolute or rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::samplecsv</name>
    <message>
        <source>&apos;%1&apos; is not a number; expected digits with an optional &apos;-&apos; and &apos;.&apos;, e.g. -12.345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has too many digits for this resolution (at most 15 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 decimals, but point %3 measures %4 to %5 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected the header &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::samplecsv::Reader</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: unexpected column &apos;%2&apos;; the header is &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: expected &apos;%2&apos;, found &apos;%3&apos;; the header is &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 columns, expected %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown point &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1 does not measure %2 (it measures %3); leave the cell empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no value; a sample needs at least one quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the years 2000 to 2099</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VocSync database, or damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program&apos;s %2; update VocSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad channel &apos;%1&apos; (expected quantity:decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the point table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the writer is not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compact point key %1, hour %2; its samples stay in the recent table: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples refused: the writer is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples refused: the writer is stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample writer is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is already being written by %1 (process %2 on %3); close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver gives no native handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the day zone of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compaction failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample writer stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples could not be written before stopping and are lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (further problems are only counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 factor values could not be written before closing and are lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 factor values dropped: the database has refused writes for too long (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor values not written yet, retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (further problems are not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::Compactor</name>
    <message>
        <source>cannot read sample_raw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored chunk is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point key %1, hour %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored hour rollup is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read hour rollups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the stored chunk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::Connection</name>
    <message>
        <source>no such database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::FactorStore</name>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of factor &apos;%1&apos; has no MN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a factor value of transmitter %1 has no factor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of factor %1 of transmitter %2 has an unknown period %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, value %2 of the batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::RawAppender</name>
    <message>
        <source>sample for unknown point key %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1: sample at %2 is ahead of this computer&apos;s clock (%3); refused, check the meter&apos;s or transmitter&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1: values of quantities it does not declare, or not finite, were dropped at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot append samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::SeriesReader</name>
    <message>
        <source>empty time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::StoredSeries</name>
    <message>
        <source>no monitoring point with key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read recent samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt chunk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point key %1, hour %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read chunks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt rollup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point key %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read rollups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the stored chunk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::UpstreamQueue</name>
    <message>
        <source>cannot read the upstream targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source kind must be &quot;enterprise&quot; or &quot;transmitter&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the upstream target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upstream target with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the queue of the upstream target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the upstream target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot queue the packet with QN %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the pending packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record a sent packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record an answered packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the pending packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the answered packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prune the answered packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the latest QN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::plantrepository</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new configuration removes point &apos;%1&apos;, which still has %2 stored samples; keep the point or delete its samples first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the next point key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the plant configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new configuration changes the resolution of %1 from %2 to %3 decimals, but the point has %4 stored samples at the old resolution; keep the resolution or use a new point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown enterprise &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is still read by monitoring point(s) %2; bind them to another device or remove them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::plantrepository::detail</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored contacts are not a JSON array: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored kind &apos;%1&apos; or state quantity &apos;%2&apos; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored kind &apos;%1&apos; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored threshold basis &apos;%1&apos; is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored parity &apos;%1&apos; is not one letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::storage::transmitterrepository</name>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored channel bindings &apos;%1&apos; are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the transmitter registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; is already registered as &apos;%2&apos; (MNs are hexadecimal: letter case does not make another one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transmitter with MN &apos;%1&apos; is registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::sync</name>
    <message>
        <source>cannot encode CN %1 packet %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1: no channel left for point %2; not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1: point %2 has storage key %3, beyond channel %4; it uses free channel %5, which may change when points are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1: factor map %2 has no code for %3 of channel %4 (point %5); not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1011 get time answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000 refused: OverTime and ReCount must be 1..99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000 set: timeout %1 s, %2 tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: BeginTime and EndTime are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected: more than %2 periods asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data stored in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 periods sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN %1 for MN %2 refused: this link is MN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN %1 refused: wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN %1 is not supported: answered QnRtn 8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::sync::HistorySource</name>
    <message>
        <source>CN %1 is not a history request this station answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the factor history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::sync::TargetLink</name>
    <message>
        <source>the platform closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to QN %1 after %2 sends; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s to QN %2; resending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable bytes from the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad packet from the platform: %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9014 without a QN from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9014 for QN %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::sync::UpstreamForwarder</name>
    <message>
        <source>%1 packets for upstream target %2 cannot be encoded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upstream packets could not be queued (%2); kept in memory and queued again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upstream packets LOST: the database refuses them (%2) and the %3 packets kept in memory are the most it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 packets not in the queue yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream forwarding cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream targets cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples not forwarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 factor values not forwarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::timeutil</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time (e.g. 2026-11-24T08:00:00+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::transmitterjson</name>
    <message>
        <source>transmitter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmitter %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; is already registered by transmitters[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; is already registered by transmitters[%2] as &apos;%3&apos; (MNs are hexadecimal: letter case does not make another one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a channel number; expected 1..%2 without leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a monitoring point id (a string), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transmitter file holds one JSON object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key occurs twice in one object (first at line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MN is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; has %2 characters; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN &apos;%1&apos; contains &apos;%2&apos;; only digits and the letters A-Z and a-z are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password has %1 characters; at most %2 are allowed (HJ 212 uses 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password contains &apos;%1&apos;; use printable ASCII characters other than space, &apos;;&apos;, &apos;,&apos;, &apos;=&apos; and &apos;&amp;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the factor map id is empty; expected e.g. vocsync-electric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 is out of range; expected 1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 is bound to an empty point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN %1 cannot fill a gap; expected 2011 (real-time data), 2051 (minute data) or 2061 (hourly data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time interval %1 s is out of range; expected 1..86400 s (HJ 212 transmitters typically send every 30..3600 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to enterprise &apos;%2&apos;, which is not in the plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 binds channel %2 to monitoring point &apos;%3&apos;, which is not in the plant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done or found (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise notified by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned maintenance of the treatment facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter or communication fault, not a real stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmBanner</name>
    <message>
        <source>Open alarm panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4 · %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more active alarm(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmDetailView</name>
    <message>
        <source>No alarm selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alarm in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmHistoryPage</name>
    <message>
        <source>Alarm history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alarm the station raised, with who acknowledged it and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in message, facility or comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 %2 · %3 %4 · acknowledged %5 · unacknowledged %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cleared conditions lasted %1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · only the newest %1 are shown: narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmPanelPage</name>
    <message>
        <source>Current alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms not yet back to normal: acknowledge them with a comment, shelve them for a while, or open the facility&apos;s trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active alarms (报警)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active warnings (预警)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search message, facility, type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 8 hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the end of the shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the trend of the selected alarm&apos;s facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected alarm(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alarm could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise and bureau are told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enterprise is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications on hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmRulesPage</name>
    <message>
        <source>Alarm rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which anomalies and limits raise alarms, at which level, for whom and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the alarm rule &quot;%1&quot;? Alarms it raised stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::AlarmTableModel</name>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition began: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production facility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DayAnalysis</name>
    <message>
        <source>This day has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DesktopChannel</name>
    <message>
        <source>VocSync alarms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceDetailView</name>
    <message>
        <source>No device selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device or a bus in the list to see its health and its last reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station does not poll this device: its data is simulated or sent in over HJ 212.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, timeout %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms, average %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeouts · %2 bad frames · %3 exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test read running: waiting for the first reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of its devices to see its last reading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceEditDialog</name>
    <message>
        <source>Add device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no enterprise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (user template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 templates installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates are read from the shipped set and from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PM-101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or COM3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, e.g. 192.168.1.20:502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits from the nameplate, e.g. 000012345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.5 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PT ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls the meter with the settings on the left, without saving anything, and shows what the template decodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start polling with these settings (again, after a change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PT ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is already used by another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ids starting with &apos;test:&apos; are kept for test reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling %1 every %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n poll(s) good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>round trip %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceLabels</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comm fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus RTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTU over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HJ 212</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus RTU (RS-485)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus RTU over TCP (serial server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL/T 645-2007 (RS-485)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceReadingModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceReadingView</name>
    <message>
        <source>Read at %1 in %2 ms · PT %3 · CT %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n value(s) not decoded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip
(ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-
outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad
frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excep-
tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error / detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent to reply complete, in ms: the last good poll / the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of polls that were answered and decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polls without a complete reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies with a CRC, framing, unit or function error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus exception or DL/T 645 abnormal replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated / incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not polled by the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TX %1 · RX %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated devices and data transmitters that send HJ 212 to the station: the station does not poll them, so they have no health here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not polled by the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, address %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: not polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last error at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meters the station polls, by port: their health, their last values and the raw frames on the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the selected device now, beside its schedule, and show the values it returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device %1 from the station? It is no longer polled; the data it delivered stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated and HJ 212 devices are configured in the plant file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n polled device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::FrameLogModel</name>
    <message>
        <source>→ TX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← RX</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::FrameLogView</name>
    <message>
        <source>Log frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the poller for every frame sent and received on all buses. Turn it off when done: logging costs time on a busy station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the list to read it; new frames are held and shown on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the frames shown as a .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n new held while paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save frame log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame log could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::HistoryRequestDialog</name>
    <message>
        <source>Request history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute data (2051)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour data (2061)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day data (2031)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time data (2011)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to send its stored data of a time range again. What arrives is stored as backfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range must end after it begins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::Labels</name>
    <message>
        <source>Spray booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drying oven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curing oven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravure printing press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distillation column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laminator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coating machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection moulding machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanding machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glue spreader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhaust fan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated-carbon adsorber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalytic burner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UV photolysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spray tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water curtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-temperature plasma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeolite rotor concentrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condenser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-minute min/mean/max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-hour min/mean/max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-day min/mean/max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltage (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active power (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::MainWindow</name>
    <message>
        <source>VocSync — VOC treatment facility supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VocSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of VocSync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VocSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VocSync %1&lt;/h3&gt;&lt;p&gt;Supervision of VOC pollution-control facilities: synchronous operation of production and treatment, from power meter data.&lt;/p&gt;&lt;p&gt;Times are shown in the station time zone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitters / HJ 212</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::OverviewPage</name>
    <message>
        <source>Enterprises and facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live run state of every supervised facility, from the latest meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production facilities running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment facilities running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enterprise is configured in this station database yet.
Import a plant file with: vocsync-cli plant import &lt;file.json&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n facilities supervised</source>
        <translation>
            <numerusform>%n facility supervised</numerusform>
            <numerusform>%n facilities supervised</numerusform>
        </translation>
    </message>
    <message>
        <source>running or overloaded now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for more than 3 sample intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station time %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::PacketDetailView</name>
    <message>
        <source>Raw frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decoded packet as the codec writes it (vocsync-cli hj212 parse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not decoded: the packet was rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocsync::ui::PacketLogModel</name>
    <message>
        <source>← In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) without the CRLF</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::PacketLogView</name>
    <message>
        <source>→ Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2011 Real-time data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the HJ 212 server for every packet received and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the list to read it; new packets are held and shown on resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected transmitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transmitters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n new held while paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vocsync::ui::PlantStatusModel</name>
    <message>
        <source>Enterprise / facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Industry: %2
Address: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample for more than %1 sample intervals (last: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (stop below %4 %3, running from %5 %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::RuleForm</name>
    <message>
        <source>Whole station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS (GSM modem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS (HTTP gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Treatment not started (报警)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly found by the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity beyond a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition must last this long before the alarm is raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasting at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning (预警) still active this long becomes an alarm (报警)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the notification this often until acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal times: the whole day. An end before the start runs across midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify again every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the enterprise&apos;s contacts receive the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every configured channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when VocSync is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are stored in UTC and shown in the station time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating-system user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound while an alarm (报警) is unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system beep is used; many Linux desktops mute it or play no sound unless an event sound is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts start at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::ShelveDialog</name>
    <message>
        <source>Shelve alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the end of the shift (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why notifications may wait (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shelved alarm stays in the list; it sends no notifications and no sound until the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::SideBar</name>
    <message>
        <source>VOC treatment supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::StateTimelinePage</name>
    <message>
        <source>Run-state timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One station day of an enterprise: the state of every facility, the anomalies found, and the day&apos;s synchronous operation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync rate of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an enterprise and a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the stored samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-weighted over the production facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summed over the production facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies touching this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time with valid data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 samples analysed · %2 (station time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::StateTimelineWidget</name>
    <message>
        <source>No facility to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related production facility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open, last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3 – %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::StatusPanel</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfilling history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no live source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: %1 samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 — backfill failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TransmitterLabels</name>
    <message>
        <source>Never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Get time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Time calibration request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Get real-time interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Set real-time interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Real-time data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Facility state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Day data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Facility run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Minute data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hour data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Request answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Execution answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Notice answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Data answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in step with the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 behind the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ahead of the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad terminator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad CP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad factor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TransmitterTableModel</name>
    <message>
        <source>Connected from %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected; last connection from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet accepted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Newest real-time data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values received by history requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
MN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted; %2 more received again (same QN), not delivered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values, %2 of them backfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transmitter&apos;s IP address and port while connected, else the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets accepted since the station started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets rejected: CRC, syntax, wrong password, over the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values delivered: point samples and factor values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those, values received by history requests after an outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last rejected packet&apos;s reason; while a gap is being backfilled, the history request under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TransmittersPage</name>
    <message>
        <source>Transmitters (HJ 212)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data acquisition transmitters reporting over HJ 212, their packets, commands to them, and forwarding to the central platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Listening on TCP port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitters connect to this computer&apos;s address and this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Not listening: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected packet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered transmitter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MN %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 connected · %3 packet(s) waiting in the store-and-forward queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the transmitter for its clock (CN 1011)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the transmitter&apos;s clock to the station&apos;s (CN 1012)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the transmitter for its real-time data interval (CN 1061)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time data interval, %1 to %2 seconds (HJ 212-2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the real-time data interval (CN 1062)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the minute, hour or day data of a time range (CN 2051, 2061, 2031)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a transmitter to send it commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected: no commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: sent to %3, waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upstream platform is configured. Platforms (host, port, MN and password per forwarded source) are kept in the station database, table upstream_target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TrendPage</name>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a facility on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a facility to show its trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1 and follow live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the chart at the current time as new samples arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · monitoring point %4, every %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This facility has no stored monitoring point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stored history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data stored in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse wheel: zoom · drag: pan the time axis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::TrendPlot</name>
    <message>
        <source>Current (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocsync::ui::UpstreamTableModel</name>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets queued and not yet answered by the platform (kept on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets the platform answered (9014), kept until pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the oldest unanswered packet has waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next packet is sent or resent (backoff while the platform does not answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
