<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../infusion_app/ui/product/receipt_form.py" line="+266"/>
        <source>Type or scan the participant the label names.</source>
        <translation>请输入或扫描标签上标注的受试者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type the bag&apos;s DIN.</source>
        <translation>请扫描或输入输液袋的 DIN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the lot number from the label.</source>
        <translation>请输入标签上的批号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what the label says the bag holds.</source>
        <translation>请选择标签上标注的袋内产品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date and time as YYYY-MM-DD HH:MM (site time).</source>
        <translation>请按 YYYY-MM-DD HH:MM 格式输入日期和时间（本地时间）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the cells as 58500000, 5.85e7 or 5.85×10^7.</source>
        <translation>细胞数请写作 58500000、5.85e7 或 5.85×10^7。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/state_dialogs.py" line="+118"/>
        <source>Acknowledge the drip rate</source>
        <translation>确认滴速</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record with this reason</source>
        <translation>按此原因记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardrail</source>
        <translation>安全限值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What did you do?</source>
        <translation>采取了什么措施？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What did you do?</source>
        <translation>采取的措施(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.g. clamp closed, line checked, rate set again and recounted.</source>
        <translation>例如：已关闭调节夹、检查管路、重新调整滴速并重新计数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what you did about this rate.</source>
        <translation>请说明针对此滴速采取的措施。</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../infusion_app/ui/user_dialogs.py" line="+20"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password again</source>
        <translation>再次输入初始密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. li.na</source>
        <translation>例如 li.na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on signatures.</source>
        <translation>将显示在签名上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First &amp;password</source>
        <translation>初始密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 10 characters (12 for an administrator); not a common password.</source>
        <translation>至少 10 个字符（管理员至少 12 个）；不能是常用密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <location filename="../../infusion_app/ui/adverse_events/adverse_event_dialog.py" line="+72"/>
        <source>Report an adverse event</source>
        <translation>报告不良事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save adverse event</source>
        <translation>保存不良事件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Adverse event form</source>
        <translation>不良事件表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adverse event term (CTCAE v5.0)</source>
        <translation>不良事件术语（CTCAE v5.0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the term…</source>
        <translation>请选择术语…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the adverse event</source>
        <translation>不良事件名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the &amp;event</source>
        <translation>事件名称(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the term first: its grades appear here.</source>
        <translation>请先选择术语，其分级将显示在此处。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serious: {0}</source>
        <translation>严重：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seriousness</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+49"/>
        <source>Action with the infusion</source>
        <translation>对输注采取的措施</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the outcome…</source>
        <translation>请选择转归…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Term (CTCAE v5.0)</source>
        <translation>术语（CTCAE v5.0）(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Onset (site time)</source>
        <translation>发生时间（本地时间）(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade and its CTCAE v5.0 definition</source>
        <translation>分级及其 CTCAE v5.0 定义</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serious? Tick every criterion that applies</source>
        <translation>是否严重？请勾选所有符合的标准</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>O&amp;utcome</source>
        <translation>转归(&amp;U)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠  Serious adverse event (SAE): tell the investigator now.</source>
        <translation>⚠  严重不良事件（SAE）：请立即通知研究者。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the term.</source>
        <translation>请选择术语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the grade.</source>
        <translation>请选择分级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what was done with the infusion.</source>
        <translation>请选择对输注采取的措施。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome.</source>
        <translation>请选择转归。</translation>
    </message>
</context>
<context>
    <name>AdverseEventListWidget</name>
    <message>
        <location filename="../../infusion_app/ui/adverse_events/adverse_event_list.py" line="+150"/>
        <source>Adverse events of this session</source>
        <translation>本次输注的不良事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse events, by onset</source>
        <translation>不良事件（按发生时间排序）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update outcome…</source>
        <translation>更新转归…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update the outcome of the selected event</source>
        <translation>更新所选事件的转归</translation>
    </message>
</context>
<context>
    <name>AdverseEventModel</name>
    <message>
        <location line="-101"/>
        <source>Onset</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Serious (SAE)</source>
        <translation>⚠ 严重（SAE）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AdverseEvents</name>
    <message>
        <location filename="../../infusion_app/ui/adverse_events/words.py" line="+39"/>
        <source>Other (name it below)</source>
        <translation>其他（请在下方填写名称）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate reduced</source>
        <translation>已减慢滴速</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recovered / ongoing</source>
        <translation>未恢复 / 持续中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovering</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered with sequelae</source>
        <translation>已恢复，有后遗症</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatal</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../infusion_app/ui/domain_words.py" line="+28"/>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life-threatening</source>
        <translation>危及生命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospitalization, or a longer stay</source>
        <translation>导致住院或住院时间延长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persistent or significant disability</source>
        <translation>持续或显著的残疾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congenital anomaly / birth defect</source>
        <translation>先天性异常 / 出生缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other important medical event</source>
        <translation>其他重要医学事件</translation>
    </message>
    <message>
        <location filename="../../infusion_app/ui/domain_words.py" line="-16"/>
        <source>Infusion related reaction</source>
        <translation>输注相关反应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild transient reaction; infusion interruption not indicated; intervention not indicated</source>
        <translation>轻度一过性反应；无需中断输注；无需干预</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Life-threatening consequences; urgent intervention indicated</source>
        <translation>危及生命；需要紧急干预</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allergic reaction</source>
        <translation>过敏反应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systemic intervention not indicated</source>
        <translation>无需全身治疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral intervention indicated</source>
        <translation>需要口服药物治疗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anaphylaxis</source>
        <translation>严重过敏反应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptomatic bronchospasm, with or without urticaria; parenteral intervention indicated; allergy-related edema/angioedema; hypotension</source>
        <translation>有症状的支气管痉挛，伴或不伴荨麻疹；需要肠外给药治疗；过敏相关水肿/血管性水肿；低血压</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fever</source>
        <translation>发热</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chills</source>
        <translation>寒战</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild sensation of cold; shivering; chattering of teeth</source>
        <translation>轻度发冷感；寒颤；牙齿打颤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate tremor of the entire body; narcotics indicated</source>
        <translation>全身中度颤抖；需要使用阿片类药物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe or prolonged, not responsive to narcotics</source>
        <translation>重度或持续时间长，阿片类药物无效</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rash maculo-papular</source>
        <translation>斑丘疹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dyspnea</source>
        <translation>呼吸困难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortness of breath with moderate exertion</source>
        <translation>中等活动时气短</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortness of breath with minimal exertion; limiting instrumental ADL</source>
        <translation>轻微活动即气短；工具性日常生活活动受限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headache</source>
        <translation>头痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild pain</source>
        <translation>轻度疼痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate pain; limiting instrumental ADL</source>
        <translation>中度疼痛；工具性日常生活活动受限</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Therapy or infusion interruption indicated but responds promptly to symptomatic treatment (e.g., antihistamines, NSAIDS, narcotics, IV fluids); prophylactic medications indicated for &lt;=24 hrs</source>
        <translation>需要治疗或中断输注，但对症治疗（如抗组胺药、非甾体抗炎药、麻醉性镇痛药、静脉补液）后迅速缓解；需要预防性用药 &lt;=24 小时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prolonged (e.g., not rapidly responsive to symptomatic medication and/or brief interruption of infusion); recurrence of symptoms following initial improvement; hospitalization indicated for clinical sequelae</source>
        <translation>迁延（如对症用药和/或短暂中断输注后未迅速缓解）；初步好转后症状复发；因临床后遗症需要住院治疗</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bronchospasm; hospitalization indicated for clinical sequelae; intravenous intervention indicated</source>
        <translation>支气管痉挛；因临床后遗症需要住院治疗；需要静脉用药治疗</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>38.0 - 39.0 degrees C (100.4 - 102.2 degrees F)</source>
        <translation>38.0 - 39.0 摄氏度（100.4 - 102.2 华氏度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;39.0 - 40.0 degrees C (102.3 - 104.0 degrees F)</source>
        <translation>&gt;39.0 - 40.0 摄氏度（102.3 - 104.0 华氏度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;40.0 degrees C (&gt;104.0 degrees F) for &lt;=24 hrs</source>
        <translation>&gt;40.0 摄氏度（&gt;104.0 华氏度），持续 &lt;=24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt;40.0 degrees C (&gt;104.0 degrees F) for &gt;24 hrs</source>
        <translation>&gt;40.0 摄氏度（&gt;104.0 华氏度），持续 &gt;24 小时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hypotension</source>
        <translation>低血压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asymptomatic, intervention not indicated</source>
        <translation>无症状，无需干预</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-urgent medical intervention indicated</source>
        <translation>需要非紧急医疗干预</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical intervention indicated; hospitalization indicated</source>
        <translation>需要医疗干预；需要住院治疗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life-threatening consequences and urgent intervention indicated</source>
        <translation>危及生命，需要紧急干预</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Macules/papules covering &lt;10% BSA with or without symptoms (e.g., pruritus, burning, tightness)</source>
        <translation>斑疹/丘疹覆盖体表面积 &lt;10%，伴或不伴症状（如瘙痒、灼热、紧绷感）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Macules/papules covering 10 - 30% BSA with or without symptoms (e.g., pruritus, burning, tightness); limiting instrumental ADL; rash covering &gt; 30% BSA with or without mild symptoms</source>
        <translation>斑疹/丘疹覆盖体表面积 10 - 30%，伴或不伴症状（如瘙痒、灼热、紧绷感）；工具性日常生活活动受限；皮疹覆盖体表面积 &gt; 30%，伴或不伴轻度症状</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Macules/papules covering &gt;30% BSA with moderate or severe symptoms; limiting self care ADL</source>
        <translation>斑疹/丘疹覆盖体表面积 &gt;30%，伴中度或重度症状；自理性日常生活活动受限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shortness of breath at rest; limiting self care ADL</source>
        <translation>静息时气短；自理性日常生活活动受限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe pain; limiting self care ADL</source>
        <translation>重度疼痛；自理性日常生活活动受限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild; asymptomatic or mild symptoms; clinical or diagnostic observations only; intervention not indicated</source>
        <translation>轻度；无症状或症状轻微；仅需临床或诊断性观察；无需干预</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moderate; minimal, local or noninvasive intervention indicated; limiting age-appropriate instrumental ADL</source>
        <translation>中度；需要较小的、局部的或非侵入性干预；与年龄相适应的工具性日常生活活动受限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severe or medically significant but not immediately life-threatening; hospitalization or prolongation of hospitalization indicated; disabling; limiting self care ADL</source>
        <translation>重度或具有重要医学意义但不会立即危及生命；需要住院或延长住院时间；致残；自理性日常生活活动受限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Death related to AE</source>
        <translation>与不良事件相关的死亡</translation>
    </message>
</context>
<context>
    <name>AlertStrip</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/alert_strip.py" line="+117"/>
        <source>▾ {0} more</source>
        <translation>▾ 另有 {0} 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More alerts: {0}</source>
        <translation>更多提醒：{0} 条</translation>
    </message>
</context>
<context>
    <name>Asking</name>
    <message>
        <location filename="../../infusion_app/ui/asking.py" line="+29"/>
        <source>Export the audit trail</source>
        <translation>导出稽查轨迹</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which value?</source>
        <translation>更正哪一项？</translation>
    </message>
    <message>
        <location filename="../../infusion_app/ui/session/asking.py" line="+27"/>
        <source>Choose the randomization list</source>
        <translation>选择随机化列表</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <location filename="../../infusion_app/ui/audit_trail_model.py" line="+79"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>AuditTrailScreen</name>
    <message>
        <location filename="../../infusion_app/ui/audit_trail_screen.py" line="+73"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are site time (%s).</source>
        <translation>时间均为本地时间（%s）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected event</source>
        <translation>所选事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>Audit trail</source>
        <translation>稽查轨迹</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>1 event</source>
        <translation>1 条事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s events</source>
        <translation>%s 条事件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>session</source>
        <translation>输注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %s: %s</source>
        <translation>无法写入 %s：%s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Wrote %d events to %s</source>
        <translation>✓ 已将 %d 条事件写入 %s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✓ Correction recorded.</source>
        <translation>✓ 更正已记录。</translation>
    </message>
</context>
<context>
    <name>BaselineVitalsStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/baseline_vitals.py" line="+23"/>
        <source>Baseline vital signs</source>
        <translation>基线生命体征</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measure before the infusion. Acceptable: %s.</source>
        <translation>请在输注前测量。可接受范围：%s。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap “Record answer” below when every value is in.</source>
        <translation>全部数值填写完毕后，请点击下方“记录答案”。</translation>
    </message>
</context>
<context>
    <name>BedsideCheckScreen</name>
    <message>
        <location filename="../../infusion_app/ui/product/bedside_check_screen.py" line="+57"/>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1   First person</source>
        <translation>1   第一人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2   Second person</source>
        <translation>2   第二人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result of the bedside check</source>
        <translation>床旁核对结果</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bedside check — {subject}</source>
        <translation>床旁核对 — {subject}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No released bag</source>
        <translation>没有已放行的输液袋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pharmacist must receive and release the bag first.</source>
        <translation>须先由药师接收并放行输液袋。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A different person scans both and signs.</source>
        <translation>由另一人扫描两者并签名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Scan the bag, then the wristband, then sign.</source>
        <translation>先扫描输液袋，再扫描腕带，然后签名。</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>Opens after the first person has signed.</source>
        <translation>第一人签名后开放。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Scan again — the bedside check is too old</source>
        <translation>请重新扫描 — 床旁核对已超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was {0} min ago; the protocol allows {1} min before the start. Two people scan the bag and the wristband again.</source>
        <translation>核对已是 {0} 分钟前；方案允许核对至开始输注最多 {1} 分钟。请两人重新扫描输液袋和腕带。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done by {name} · {time}</source>
        <translation>由 {name} 完成 · {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verified — right bag, right participant</source>
        <translation>核对通过 — 输液袋正确，受试者正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two people matched the bag and the wristband. The infusion may begin.</source>
        <translation>两人已核对输液袋与腕带一致，可以开始输注。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>STOP — do not infuse</source>
        <translation>停止 — 不得输注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the bag and the wristband again; tell the pharmacist.</source>
        <translation>请再次核对输液袋和腕带，并通知药师。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does not match: see STOP above.</source>
        <translation>不一致：见上方“停止”提示。</translation>
    </message>
</context>
<context>
    <name>BedsideStepCard</name>
    <message>
        <location filename="../../infusion_app/ui/product/bedside_step.py" line="+51"/>
        <source>Bag scan</source>
        <translation>输液袋扫描</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wristband scan</source>
        <translation>腕带扫描</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name of the second person</source>
        <translation>第二人的用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step status</source>
        <translation>步骤状态</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bag</source>
        <translation>输液袋(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Wristband</source>
        <translation>腕带(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing means: {words}</source>
        <translation>签名含义：{words}</translation>
    </message>
</context>
<context>
    <name>CameraScanWidget</name>
    <message>
        <location filename="../../infusion_app/ui/product/camera_scanner.py" line="+76"/>
        <source>Camera scanner</source>
        <translation>摄像头扫码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera picture</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera status</source>
        <translation>摄像头状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the code</source>
        <translation>输入编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this code</source>
        <translation>使用此编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last code read</source>
        <translation>最近读取的编码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Type the code</source>
        <translation>输入编码(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera found — use the handheld scanner or type the code</source>
        <translation>未找到摄像头 — 请使用手持扫码枪或手动输入编码</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hold the code in front of the camera: {name}</source>
        <translation>请将条码对准摄像头：{name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The camera stopped ({why}) — use the handheld scanner or type the code</source>
        <translation>摄像头已停止（{why}）— 请使用手持扫码枪或手动输入编码</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Read: {text}</source>
        <translation>已读取：{text}</translation>
    </message>
</context>
<context>
    <name>CheckSteps</name>
    <message>
        <location filename="../../infusion_app/ui/domain_words.py" line="+17"/>
        <source>identity</source>
        <translation>身份核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eligibility</source>
        <translation>入选/排除标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pregnancy</source>
        <translation>妊娠试验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>今日体重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline vitals</source>
        <translation>基线生命体征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iv access</source>
        <translation>静脉通路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop factor</source>
        <translation>滴系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency kit</source>
        <translation>急救箱</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../infusion_app/ui/session/look.py" line="+23"/>
        <source>To do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>尚未满足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard stop</source>
        <translation>强制终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigator decides</source>
        <translation>由研究者决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceed (decided)</source>
        <translation>继续（已决定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred (decided)</source>
        <translation>推迟（已决定）</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../infusion_app/ui/session/checklist_screen.py" line="+86"/>
        <source>Close checklist</source>
        <translation>关闭核查清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedside product check…</source>
        <translation>床旁产品核对…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bedside product check</source>
        <translation>床旁产品核对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‹ Back</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Mark ready</source>
        <translation>标记为就绪</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This session no longer exists.</source>
        <translation>此次输注已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-infusion checks · %s · session %d · %s</source>
        <translation>输注前核查 · %s · 第 %d 次输注 · %s</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%s  The infusion cannot go ahead — hard stop: %s.</source>
        <translation>%s  不能进行输注 — 强制终止：%s。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%d of %d checks hold.</source>
        <translation>%d / %d 项核查通过。</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/state_dialogs.py" line="-59"/>
        <source>Complete the infusion</source>
        <translation>完成输注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the bag is not empty, stop the infusion with a reason instead.</source>
        <translation>如果输液袋未输完，请改为“停止输注”并填写原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The bag is empty</source>
        <translation>输液袋已输完</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The line is flushed</source>
        <translation>管路已冲洗</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tick both: the bag is empty and the line is flushed.</source>
        <translation>请同时勾选：输液袋已输完，管路已冲洗。</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/consent.py" line="+16"/>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is the signed informed consent form in the participant&apos;s file?</source>
        <translation>受试者档案中是否有已签署的知情同意书？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, on file</source>
        <translation>是，已存档</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, not on file</source>
        <translation>否，未存档</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../infusion_app/ui/correction_dialog.py" line="+40"/>
        <source>Correct a recorded value</source>
        <translation>更正已记录的值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recorded value is never overwritten: the correction is added to the audit trail with your name, the time and the reason. A signed session needs to be signed again.</source>
        <translation>原记录值不会被覆盖：更正将连同您的姓名、时间和原因一起加入稽查轨迹。已签名的输注记录需要重新签名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as</source>
        <translation>原记录值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the reason</source>
        <translation>请描述原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New value</source>
        <translation>新值(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required when the reason is Other.</source>
        <translation>原因为“其他”时必填。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2 to 4 capital letters, e.g. LHY</source>
        <translation>2 至 4 个大写字母，例如 LHY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A four-digit year, e.g. 1984</source>
        <translation>四位数年份，例如 1984</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, e.g. 2026-11-20</source>
        <translation>YYYY-MM-DD，例如 2026-11-20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD HH:MM, site time (%s)</source>
        <translation>YYYY-MM-DD HH:MM，本地时间（%s）</translation>
    </message>
</context>
<context>
    <name>DeactivateUserDialog</name>
    <message>
        <location filename="../../infusion_app/ui/user_dialogs.py" line="+66"/>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user can no longer sign in. Everything they recorded stays theirs, with their name.</source>
        <translation>该用户将无法再登录。其已记录的所有内容仍归属其本人，并保留其姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. left the ward</source>
        <translation>例如：已调离病区</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../infusion_app/ui/session/decision_dialog.py" line="+32"/>
        <source>Investigator&apos;s decision</source>
        <translation>研究者决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign decision</source>
        <translation>签署决定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your decision is signed with your password and kept in the audit trail.</source>
        <translation>您的决定将以您的密码签署，并保存在稽查轨迹中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Proceed with the infusion today</source>
        <translation>今日继续输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defer: no infusion today</source>
        <translation>推迟：今日不输注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;password</source>
        <translation>您的密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose to proceed or to defer.</source>
        <translation>请选择继续或推迟。</translation>
    </message>
</context>
<context>
    <name>Discrepancies</name>
    <message>
        <location filename="../../infusion_app/ui/domain_words.py" line="+15"/>
        <source>the side applied on this laptop is the true record</source>
        <translation>本机已采用的一方是真实记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the held side is the true record (a correction follows)</source>
        <translation>被暂缓的一方是真实记录（随后进行更正）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both records are true and stay as they are</source>
        <translation>双方记录均属实，保持不变</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesScreen</name>
    <message>
        <location filename="../../infusion_app/ui/discrepancies_screen.py" line="+53"/>
        <source>Discrepancies</source>
        <translation>数据冲突</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both sides of the discrepancy</source>
        <translation>冲突双方的记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptops shut out of the trial server</source>
        <translation>已被禁止访问试验服务器的笔记本电脑</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discrepancies from sync</source>
        <translation>同步产生的数据冲突</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Laptop %s was shut out of the trial server on %s: %s</source>
        <translation>笔记本电脑 %s 已于 %s 被禁止访问试验服务器：%s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No discrepancy. When two laptops record clashing facts (one session begun on both, one bag released twice), sync keeps both and lists them here for a decision.</source>
        <translation>没有数据差异。当两台笔记本电脑记录了相互冲突的事实（同一次输注在两台电脑上开始，或同一袋产品被放行两次）时，同步会保留双方记录，并在此列出，等待决定。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not sent to the server: %s</source>
        <translation>未发送到服务器：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Kept in the record here</source>
        <translation>本机记录中保留的</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>First event concerned</source>
        <translation>涉及的第一个事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held back (from another laptop)</source>
        <translation>暂缓采用的（来自另一台电脑）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided: %s — %s (%s)</source>
        <translation>已决定：%s — %s（%s）</translation>
    </message>
</context>
<context>
    <name>DripMethods</name>
    <message>
        <location filename="../../infusion_app/ui/domain_words.py" line="-16"/>
        <source>tap</source>
        <translation>点按计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed count</source>
        <translation>定时计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pump</source>
        <translation>输液泵</translation>
    </message>
</context>
<context>
    <name>DripReadingsWidget</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/reading_panel.py" line="+33"/>
        <source>Drip readings</source>
        <translation>滴速读数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded tap reading</source>
        <translation>已记录的点按读数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tap</source>
        <translation>点按计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed count</source>
        <translation>定时计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump</source>
        <translation>输液泵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metronome</source>
        <translation>节拍器</translation>
    </message>
</context>
<context>
    <name>DropFactorStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/drop_factor.py" line="+19"/>
        <location line="+11"/>
        <source>Drop factor</source>
        <translation>滴系数</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Read the giving set&apos;s drop factor on its packet. Drip rates are converted to mL with it.</source>
        <translation>请在输液器包装上查看滴系数。滴速将据此换算为 mL。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%d gtt/mL</source>
        <translation>%d 滴/mL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops per mL printed on the packet</source>
        <translation>包装上标注的每 mL 滴数</translation>
    </message>
</context>
<context>
    <name>EligibilityStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/eligibility.py" line="+30"/>
        <source>Eligibility</source>
        <translation>入选/排除标准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record eligibility</source>
        <translation>记录入选/排除结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+39"/>
        <source>Show the full wording</source>
        <translation>显示完整条文</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Inclusion criteria — each must be met</source>
        <translation>入选标准 — 每项均须满足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusion criteria — none may be present</source>
        <translation>排除标准 — 任何一项均不得存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not met</source>
        <translation>不满足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the short labels</source>
        <translation>显示简短标签</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%d of %d criteria answered.</source>
        <translation>已回答 %d / %d 项标准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still open: %s.</source>
        <translation>尚未回答：%s。</translation>
    </message>
</context>
<context>
    <name>EmergencyKitStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/emergency_kit.py" line="+16"/>
        <source>Emergency kit</source>
        <translation>急救箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adrenaline, antihistamine, oxygen and suction, checked and in reach.</source>
        <translation>肾上腺素、抗组胺药、氧气和吸引器已检查并伸手可及。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is the emergency kit at the bedside?</source>
        <translation>急救箱是否在床旁？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, at hand</source>
        <translation>是，就在手边</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, not yet</source>
        <translation>否，尚未备好</translation>
    </message>
</context>
<context>
    <name>EndObservationDialog</name>
    <message>
        <location filename="../../infusion_app/ui/session/observation_panel.py" line="+149"/>
        <source>End observation early</source>
        <translation>提前结束观察</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End observation</source>
        <translation>结束观察</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ending observation early is recorded with your name, the time and your reason.</source>
        <translation>提前结束观察将连同您的姓名、时间和原因一并记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still to do</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for ending observation early</source>
        <translation>提前结束观察的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.g. participant transferred to the ward, observed there.</source>
        <translation>例如：受试者已转回病房，在病房继续观察。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/escalation_panel.py" line="+75"/>
        <source>NEWS2 escalation</source>
        <translation>NEWS2 升级响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record whom you informed…</source>
        <translation>记录已通知何人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record whom you informed</source>
        <translation>记录已通知何人</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>⚠  NEWS2 {0} at {1}: EMERGENCY RESPONSE — call the doctor now; observe continuously. Record whom you informed.</source>
        <translation>⚠  NEWS2 {0}（{1}）：紧急响应——立即呼叫医生；持续监测。请记录已通知何人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠  NEWS2 {0} at {1}: urgent response — inform the investigator or the ward doctor; observe at least hourly. Record whom you informed.</source>
        <translation>⚠  NEWS2 {0}（{1}）：急迫响应——通知研究者或病区医生；至少每小时监测一次。请记录已通知何人。</translation>
    </message>
</context>
<context>
    <name>EscalationStatusLabel</name>
    <message>
        <location filename="../../infusion_app/ui/escalation_status.py" line="+34"/>
        <source>NEWS2 escalation</source>
        <translation>NEWS2 升级响应</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>⚠ NEWS2 {0}: EMERGENCY response for {1}, open {2} min — call the doctor now, then record whom you informed</source>
        <translation>⚠ NEWS2 {0}：{1} 需紧急抢救响应，已 {2} 分钟 — 立即呼叫医生，然后记录已通知何人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ NEWS2 {0}: urgent response for {1}, open {2} min — inform the investigator or ward doctor, then record whom you informed</source>
        <translation>⚠ NEWS2 {0}：{1} 需紧急响应，已 {2} 分钟 — 通知研究者或病房医生，然后记录已通知何人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ NEWS2 {0} EMERGENCY · {1} · open {2} min · record whom you informed</source>
        <translation>⚠ NEWS2 {0} 紧急抢救 · {1} · 已 {2} 分钟 · 记录已通知何人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ NEWS2 {0} urgent · {1} · open {2} min · record whom you informed</source>
        <translation>⚠ NEWS2 {0} 紧急 · {1} · 已 {2} 分钟 · 记录已通知何人</translation>
    </message>
    <message>
        <location line="-27"/>
        <source> (and {0} more)</source>
        <translation>（另有 {0} 项）</translation>
    </message>
</context>
<context>
    <name>EventsTimelineWidget</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/timeline.py" line="+46"/>
        <source>Events of this session</source>
        <translation>本次输注的事件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(measured at {time})</source>
        <translation>（测量于 {time}）</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../infusion_app/ui/first_run_screen.py" line="+40"/>
        <source>Site code</source>
        <translation>中心编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>Set up this laptop</source>
        <translation>设置本机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has not been used for the trial yet. Enter your site&apos;s code and create the first administrator, who can then add nurses, pharmacists and investigators.</source>
        <translation>本机尚未用于本试验。请输入研究中心编号并创建第一位管理员，之后由其添加护士、药师和研究者。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Site code</source>
        <translation>中心编号(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capital letters, digits or &apos;-&apos;, e.g. SH-TJ01.</source>
        <translation>大写字母、数字或“-”，例如 SH-TJ01。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator&apos;s
&amp;user name</source>
        <translation>管理员
用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used to sign in, e.g. wang.li</source>
        <translation>用于登录，例如 wang.li</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name</source>
        <translation>姓名(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on every signature.</source>
        <translation>将显示在每个签名上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 12 characters; not a common password.</source>
        <translation>至少 12 个字符；不能是常用密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../infusion_app/ui/form_dialog.py" line="+106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../infusion_app/ui/kit/forms.py" line="+74"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>GradePicker</name>
    <message>
        <location filename="../../infusion_app/ui/adverse_events/fields.py" line="+38"/>
        <source>CTCAE grade</source>
        <translation>CTCAE 分级</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>Grade {0}</source>
        <translation>{0} 级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Definition of grade {0}</source>
        <translation>{0} 级的定义</translation>
    </message>
</context>
<context>
    <name>HeaderExtras</name>
    <message>
        <location filename="../../infusion_app/ui/window_extras.py" line="+83"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings: language, theme, text size</source>
        <translation>设置：语言、主题、字号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alarm sounds muted for</source>
        <translation>报警音静音剩余时间</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The new language shows from the next sign-in. Everything on screen stays as it is; a session in progress is saved as you go.</source>
        <translation>新语言将在下次登录时生效。屏幕上的内容保持不变；进行中的输注会随时保存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sound on again</source>
        <translation>恢复报警声音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute alarms 2 min</source>
        <translation>报警静音 2 分钟</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Muted %s</source>
        <translation>已静音 %s</translation>
    </message>
</context>
<context>
    <name>IdentityStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/identity.py" line="+23"/>
        <source>Identity</source>
        <translation>身份核对</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the participant to tell you her subject code and her year of birth or initials. Then scan her wristband.</source>
        <translation>请受试者说出其受试者编号以及出生年份或姓名缩写，然后扫描其腕带。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject code</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. %s</source>
        <translation>例如 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year of birth or initials</source>
        <translation>出生年份或姓名缩写</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 1985 or LXM</source>
        <translation>例如 1985 或 LXM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wristband</source>
        <translation>腕带</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan the wristband here</source>
        <translation>在此扫描腕带</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanner types the wristband code and presses Enter.</source>
        <translation>扫码枪会自动输入腕带编码并回车。</translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/escalation_panel.py" line="-69"/>
        <source>NEWS2 escalation</source>
        <translation>NEWS2 升级响应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NEWS2 {0} at {1}: record whom you informed and when.</source>
        <translation>NEWS2 {0}（{1}）：请记录通知了何人及时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whom you informed</source>
        <translation>已通知何人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Dr Wang, investigator</source>
        <translation>例如：王医生，研究者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you informed them</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why no one could be informed</source>
        <translation>无法通知任何人的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whom you informed</source>
        <translation>已通知何人(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whe&amp;n (site time)</source>
        <translation>时间（中心时间）(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Or: why no one</source>
        <translation>或：无人可通知的原因(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only when no one could be informed.</source>
        <translation>仅在无法通知任何人时填写。</translation>
    </message>
</context>
<context>
    <name>Infusion</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/alarm_watch.py" line="+45"/>
        <source>◷  Projected end reached: check the bag. When it is empty and the line is flushed, tap Complete.</source>
        <translation>◷  已到预计结束时间：请检查输液袋。输完且管路冲洗后，请点击“完成”。</translation>
    </message>
    <message>
        <location filename="../../infusion_app/ui/infusion/look.py" line="+28"/>
        <location line="+14"/>
        <source>In band</source>
        <translation>在目标范围内</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Out of band: adjust the clamp and recount</source>
        <translation>超出目标范围：请调节调节夹并重新计数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the safe limits: stop and check the line</source>
        <translation>超出安全限值：请停止并检查管路</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out of band</source>
        <translation>超出目标范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the safe limits</source>
        <translation>超出安全限值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tap count</source>
        <translation>点按计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed count</source>
        <translation>定时计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pump</source>
        <translation>输液泵</translation>
    </message>
    <message>
        <location filename="../../infusion_app/ui/infusion/state_dialogs.py" line="-69"/>
        <source>Reaction</source>
        <translation>不良反应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occlusion</source>
        <translation>管路堵塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infiltration</source>
        <translation>药液外渗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant&apos;s request</source>
        <translation>受试者要求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other (describe)</source>
        <translation>其他（请描述）</translation>
    </message>
    <message>
        <location filename="../../infusion_app/ui/infusion/vitals_dialog.py" line="+36"/>
        <source>low — ward-based response</source>
        <translation>低 — 病房内处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low–medium — urgent ward review</source>
        <translation>低–中 — 病房紧急评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium — urgent response</source>
        <translation>中 — 紧急处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high — emergency response</source>
        <translation>高 — 急救处理</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the measured parameters already score {0}: {1}</source>
        <translation>已测项目已达 {0} 分：{1}</translation>
    </message>
</context>
<context>
    <name>InfusionScreen</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/infusion_screen.py" line="+99"/>
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart</source>
        <translation>趋势图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitals schedule</source>
        <translation>生命体征计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>▶ Start</source>
        <translation>▶ 开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the infusion</source>
        <translation>开始输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‖ Pause…</source>
        <translation>‖ 暂停…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+184"/>
        <source>Pause the infusion</source>
        <translation>暂停输注</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>▶ Resume</source>
        <translation>▶ 继续</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume the infusion</source>
        <translation>继续输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop…</source>
        <translation>■ 停止…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the infusion early</source>
        <translation>提前停止输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Complete…</source>
        <translation>✔ 完成…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete the infusion</source>
        <translation>完成输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record vitals…</source>
        <translation>记录生命体征…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record vital signs</source>
        <translation>记录生命体征</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not taken…</source>
        <translation>未测量…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vital signs not taken</source>
        <translation>生命体征未测量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Adverse event…</source>
        <translation>⚠ 不良事件…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adverse event</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the infusion screen</source>
        <translation>关闭输注界面</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record vital signs (F2)</source>
        <translation>记录生命体征（F2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report an adverse event (F3 or Ctrl+E)</source>
        <translation>报告不良事件（F3 或 Ctrl+E）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Events of this session</source>
        <translation>本次输注的事件</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Infusion — {0}</source>
        <translation>输注 — {0}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop the infusion</source>
        <translation>停止输注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>InfusionStatusWidget</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/status_panel.py" line="+48"/>
        <location line="+11"/>
        <source>Time since the start</source>
        <translation>自开始以来的时间</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Infusion state</source>
        <translation>输注状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running and paused time</source>
        <translation>运行时间和暂停时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>输注量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate from the drip readings and drop factor.</source>
        <translation>根据滴速读数和滴系数估算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Last drip rate</source>
        <translation>最近一次滴速</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Bag</source>
        <translation>输液袋</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>○  Ready: not started</source>
        <translation>○  就绪：尚未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶  Infusing since {0}</source>
        <translation>▶  自 {0} 起输注中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■  Ended at {1}</source>
        <translation>■  结束于 {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■  Ended at {1}: observing</source>
        <translation>■  结束于 {1}：观察中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>‖  PAUSED since {0} ({1})</source>
        <translation>‖  自 {0} 起已暂停（{1}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running {0} · paused {1} in total</source>
        <translation>运行 {0} · 累计暂停 {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>≈ {0:.0f} mL infused
≈ {1:.0f} mL left</source>
        <translation>已输注 ≈ {0:.0f} mL
剩余 ≈ {1:.0f} mL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projected end ≈ {0}
(in {1} min, site time)</source>
        <translation>预计结束 ≈ {0}
（{1} 分钟后，本地时间）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected end: — (paused)</source>
        <translation>预计结束：—（已暂停）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected end: — (record a drip rate)</source>
        <translation>预计结束：—（请记录滴速）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No drip reading yet</source>
        <translation>尚无滴速读数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0:.0f} gtt/min ≈ {1:.0f} mL/h (at {2} gtt/mL)</source>
        <translation>{0:.0f} 滴/分 ≈ {1:.0f} mL/h（按 {2} 滴/mL）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recount in {0}</source>
        <translation>{0} 后重新计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recount now</source>
        <translation>立即重新计数</translation>
    </message>
</context>
<context>
    <name>IvAccessStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/iv_access.py" line="+16"/>
        <source>IV access</source>
        <translation>静脉通路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flush the line; no swelling, pain or leak at the site.</source>
        <translation>冲洗管路；穿刺部位无肿胀、疼痛或渗漏。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is the IV access patent?</source>
        <translation>静脉通路是否通畅？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, patent</source>
        <translation>是，通畅</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, not yet</source>
        <translation>否，尚未备好</translation>
    </message>
</context>
<context>
    <name>LabelCard</name>
    <message>
        <location filename="../../infusion_app/ui/product/bedside_cards.py" line="+55"/>
        <source>Bag label</source>
        <translation>输液袋标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(site time)</source>
        <translation>（本地时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>内容物</translation>
    </message>
</context>
<context>
    <name>LateEntryDialog</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/state_dialogs.py" line="+75"/>
        <source>Recorded late</source>
        <translation>补录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record with this reason</source>
        <translation>按此原因记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is it recorded late?</source>
        <translation>为什么补录？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why is it recorded late?</source>
        <translation>为什么补录(&amp;W)？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.g. written on paper during the emergency, typed in afterwards.</source>
        <translation>例如：抢救时先记在纸上，事后录入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why it is recorded late.</source>
        <translation>请说明补录的原因。</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../infusion_app/ui/launch.py" line="+123"/>
        <source>Cannot open the training database</source>
        <translation>无法打开培训数据库</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The infusion logger is already open on this database file:
%s</source>
        <translation>输注记录程序已在此数据库文件上打开：
%s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already open</source>
        <translation>已打开</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot start the infusion logger</source>
        <translation>无法启动输注记录程序</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../infusion_app/ui/screen_lock.py" line="+156"/>
        <source>Site</source>
        <translation>研究中心</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time at the site</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed-in user</source>
        <translation>已登录用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name of the person taking over</source>
        <translation>接班人员的用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the person taking over</source>
        <translation>接班人员的密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take over</source>
        <translation>接班</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;password</source>
        <translation>您的密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another user takes over</source>
        <translation>由其他用户接班</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &amp;name</source>
        <translation>用户名(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site %s</source>
        <translation>中心 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in: %s · %s</source>
        <translation>已登录：%s · %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No infusion running</source>
        <translation>没有进行中的输注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../infusion_app/ui/main_window.py" line="+79"/>
        <source>Trial %s</source>
        <translation>试验 %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed-in user</source>
        <translation>已登录用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time at the site</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock now</source>
        <translation>立即锁屏</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock the screen now</source>
        <translation>立即锁定屏幕</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site %s</source>
        <translation>中心 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion logger — %s</source>
        <translation>输注记录 — %s</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../infusion_app/ui/domain_messages.py" line="+13"/>
        <source>Name the adverse event.</source>
        <extracomment>adverse_events (missing_term)</extracomment>
        <translation>请填写不良事件名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CTCAE grade is 1 to 5.</source>
        <extracomment>adverse_events (bad_grade)</extracomment>
        <translation>CTCAE 分级为 1 至 5 级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown adverse-event term {term!r}.</source>
        <extracomment>adverse_events (unknown_term)</extracomment>
        <translation>未知的不良事件术语 {term!r}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{term} has grades {grades} in CTCAE v5.0.</source>
        <extracomment>adverse_events (grade_not_defined)</extracomment>
        <translation>在 CTCAE v5.0 中，{term}的分级为 {grades} 级。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <extracomment>checklist; checklist_rules; event_text; administration; bedside</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session is not ready. {steps}</source>
        <extracomment>checklist</extracomment>
        <translation>本次输注尚未就绪。{steps}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identity</source>
        <extracomment>checklist</extracomment>
        <translation>身份核对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eligibility</source>
        <extracomment>checklist</extracomment>
        <translation>入选/排除标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consent</source>
        <extracomment>checklist</extracomment>
        <translation>知情同意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pregnancy</source>
        <extracomment>checklist</extracomment>
        <translation>妊娠试验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight</source>
        <extracomment>checklist</extracomment>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline vitals</source>
        <extracomment>checklist</extracomment>
        <translation>基线生命体征</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iv access</source>
        <extracomment>checklist</extracomment>
        <translation>静脉通路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drop factor</source>
        <extracomment>checklist</extracomment>
        <translation>滴系数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emergency kit</source>
        <extracomment>checklist</extracomment>
        <translation>急救箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{step}: {finding}</source>
        <extracomment>checklist</extracomment>
        <translation>{step}：{finding}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>investigator decided to proceed: {reason}</source>
        <extracomment>checklist</extracomment>
        <translation>研究者决定继续：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>investigator deferred the infusion: {reason}</source>
        <extracomment>checklist</extracomment>
        <translation>研究者决定推迟输注：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered yet</source>
        <extracomment>checklist</extracomment>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the subject code {given!r} is not {code}</source>
        <extracomment>checklist_rules</extracomment>
        <translation>受试者编号 {given!r} 不是 {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the year of birth or initials given do not match the participant</source>
        <extracomment>checklist_rules</extracomment>
        <translation>所填出生年份或姓名缩写与该受试者不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wristband reads {band!r}, not {code}: wrong participant or band</source>
        <extracomment>checklist_rules</extracomment>
        <translation>腕带显示为 {band!r}，而非 {code}：受试者或腕带有误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identity confirmed and wristband matches</source>
        <extracomment>checklist_rules</extracomment>
        <translation>身份已确认，腕带相符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet confirmed: {items}</source>
        <extracomment>checklist_rules</extracomment>
        <translation>尚未确认：{items}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not eligible: {items} (inclusion not met or exclusion present)</source>
        <extracomment>checklist_rules</extracomment>
        <translation>不符合入组条件：{items}（未满足入选标准或存在排除标准）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every inclusion met, no exclusion present</source>
        <extracomment>checklist_rules</extracomment>
        <translation>满足全部入选标准，无任何排除标准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed consent of {date} on file</source>
        <extracomment>checklist_rules</extracomment>
        <translation>已存档 {date} 签署的知情同意书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no signed informed consent on file</source>
        <extracomment>checklist_rules</extracomment>
        <translation>未存档已签署的知情同意书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not of child-bearing potential: no test needed</source>
        <extracomment>checklist_rules</extracomment>
        <translation>无生育能力：无需妊娠试验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the protocol asks no pregnancy test</source>
        <extracomment>checklist_rules</extracomment>
        <translation>方案未要求妊娠试验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pregnancy test today negative</source>
        <extracomment>checklist_rules</extracomment>
        <translation>今日妊娠试验阴性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pregnancy test positive: no infusion</source>
        <extracomment>checklist_rules</extracomment>
        <translation>妊娠试验阳性：不得输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no pregnancy test today: a negative test is required</source>
        <extracomment>checklist_rules</extracomment>
        <translation>今日未做妊娠试验：须有阴性结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight {weight:g} kg is outside {low:g}–{high:g} kg: re-weigh, and ask an investigator</source>
        <extracomment>checklist_rules</extracomment>
        <translation>体重 {weight:g} kg 不在 {low:g}–{high:g} kg 范围内：请重新称重，并询问研究者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problems}</source>
        <extracomment>checklist_rules</extracomment>
        <translation>{problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{vital} {value:g} {unit} (allowed {low:g}–{high:g})</source>
        <extracomment>checklist_rules</extracomment>
        <translation>{vital} {value:g} {unit}（允许范围 {low:g}–{high:g}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside the baseline range: {values}</source>
        <extracomment>checklist_rules</extracomment>
        <translation>超出基线范围：{values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline vital signs within the protocol&apos;s ranges</source>
        <extracomment>checklist_rules</extracomment>
        <translation>基线生命体征在方案规定范围内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>giving set {factor} gtt/mL</source>
        <extracomment>checklist_rules</extracomment>
        <translation>输液器 {factor} 滴/mL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record the giving set&apos;s drop factor ({allowed} gtt/mL)</source>
        <extracomment>checklist_rules</extracomment>
        <translation>请记录输液器的滴系数（{allowed} 滴/mL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IV access patent</source>
        <extracomment>checklist_rules</extracomment>
        <translation>静脉通路通畅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secure a patent IV line first</source>
        <extracomment>checklist_rules</extracomment>
        <translation>请先建立通畅的静脉通路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emergency kit at hand</source>
        <extracomment>checklist_rules</extracomment>
        <translation>急救箱已备于床旁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bring the emergency kit to the bedside first</source>
        <extracomment>checklist_rules</extracomment>
        <translation>请先将急救箱备于床旁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{per_kg} cells/kg × {weight:g} kg = {cells} cells</source>
        <extracomment>checklist_rules</extracomment>
        <translation>{per_kg} 个细胞/kg × {weight:g} kg = {cells} 个细胞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type today&apos;s weight in kg, e.g. 58.5.</source>
        <extracomment>checklist_rules (bad_weight)</extracomment>
        <translation>请输入今日体重（kg），例如 58.5。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eligibility: answer each criterion true or false (not a text).</source>
        <extracomment>checklist_rules (bad_eligibility)</extracomment>
        <translation>入选资格：每项标准请回答是或否（不能是文字）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drop factor must be one of {allowed} gtt/mL.</source>
        <extracomment>checklist_rules (bad_drop_factor)</extracomment>
        <translation>滴系数须为 {allowed} 滴/mL 之一。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pregnancy test result is negative, positive or not done.</source>
        <extracomment>checklist_rules (bad_result)</extracomment>
        <translation>妊娠试验结果只能是阴性、阳性或未做。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 4 capital letters</source>
        <extracomment>corrections</extracomment>
        <translation>2 至 4 个大写字母</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a four-digit year</source>
        <extracomment>corrections</extracomment>
        <translation>四位数年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a date written YYYY-MM-DD</source>
        <extracomment>corrections</extracomment>
        <translation>格式为 YYYY-MM-DD 的日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an ISO 8601 time with its zone</source>
        <extracomment>corrections</extracomment>
        <translation>带时区的 ISO 8601 时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new value must be {hint}.</source>
        <extracomment>corrections (bad_value)</extracomment>
        <translation>新值须为{hint}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose why the value is corrected ({choices}).</source>
        <extracomment>corrections (missing_reason)</extracomment>
        <translation>请选择更正原因（{choices}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the reason when you choose &apos;other&apos;.</source>
        <extracomment>corrections (missing_reason_text); session_state (missing_reason_text)</extracomment>
        <translation>选择“其他”时请说明原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap at least {taps} drops.</source>
        <extracomment>drip_rate (too_few_taps)</extracomment>
        <translation>请至少点击 {taps} 滴。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap times must be real times in seconds.</source>
        <extracomment>drip_rate (bad_taps)</extracomment>
        <translation>点击时间须为以秒计的有效时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap times must increase.</source>
        <extracomment>drip_rate (bad_taps)</extracomment>
        <translation>点击时间须逐次递增。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count over 15, 30 or 60 seconds.</source>
        <extracomment>drip_rate (bad_seconds)</extracomment>
        <translation>请按 15、30 或 60 秒计数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number of drops you counted (a whole number).</source>
        <extracomment>drip_rate (bad_count)</extracomment>
        <translation>请输入所数的滴数（整数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{drops} drops in {seconds} s is {rate:g} gtt/min: count again.</source>
        <extracomment>drip_rate (impossible_rate)</extracomment>
        <translation>{seconds} 秒内 {drops} 滴，即 {rate:g} 滴/分：请重新计数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pump rate is between 0 and 2000 mL/h.</source>
        <extracomment>drip_rate (impossible_pump_rate)</extracomment>
        <translation>输液泵速率应在 0 至 2000 mL/h 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the time is ahead of this laptop&apos;s clock by more than {skew} minutes; check the date and the hour.</source>
        <extracomment>entry_times (time_in_future)</extracomment>
        <translation>{field}：该时间比本机时钟超前 {skew} 分钟以上；请检查日期和小时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the time is more than {hours} hours ago; it cannot be recorded now.</source>
        <extracomment>entry_times (time_too_early)</extracomment>
        <translation>{field}：该时间已超过 {hours} 小时之前，现在不能再记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the time is {minutes} minutes ago, more than the site&apos;s {limit} minutes; give the reason it is recorded late.</source>
        <extracomment>entry_times (backdated_without_reason)</extracomment>
        <translation>{field}：该时间是 {minutes} 分钟之前，超过本中心规定的 {limit} 分钟；请填写补录原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say whom you informed (name and role) and when, or why no one could be informed.</source>
        <extracomment>escalation (missing_informed)</extracomment>
        <translation>请写明通知了何人（姓名和职务）及时间，或无法通知任何人的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the time you informed {who}.</source>
        <extracomment>escalation (missing_informed_at)</extracomment>
        <translation>请填写通知 {who} 的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time you informed someone cannot be ahead.</source>
        <extracomment>escalation (informed_in_future)</extracomment>
        <translation>通知时间不能晚于现在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time you informed someone is before the vital signs that raised the escalation ({at:%H:%M} UTC).</source>
        <extracomment>escalation (informed_before_set)</extracomment>
        <translation>通知时间早于触发升级的生命体征（{at:%H:%M} UTC）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urgent response</source>
        <extracomment>escalation</extracomment>
        <translation>急迫响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emergency response</source>
        <extracomment>escalation</extracomment>
        <translation>紧急响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed in</source>
        <extracomment>event_text</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed out</source>
        <extracomment>event_text</extracomment>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen locked</source>
        <extracomment>event_text</extracomment>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlocked the screen</source>
        <extracomment>event_text</extracomment>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>began the pre-infusion checks</source>
        <extracomment>event_text</extracomment>
        <translation>开始输注前核查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked the session ready</source>
        <extracomment>event_text</extracomment>
        <translation>标记本次输注就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started the infusion</source>
        <extracomment>event_text</extracomment>
        <translation>开始输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resumed the infusion</source>
        <extracomment>event_text</extracomment>
        <translation>恢复输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed the infusion</source>
        <extracomment>event_text</extracomment>
        <translation>完成输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>began observation</source>
        <extracomment>event_text</extracomment>
        <translation>开始观察期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in band</source>
        <extracomment>event_text</extracomment>
        <translation>在目标范围内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT OF BAND</source>
        <extracomment>event_text</extracomment>
        <translation>超出目标范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTSIDE LIMITS</source>
        <extracomment>event_text</extracomment>
        <translation>超出安全限值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proceed</source>
        <extracomment>event_text</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>defer</source>
        <extracomment>event_text</extracomment>
        <translation>推迟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>received</source>
        <extracomment>event_text</extracomment>
        <translation>已接收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarantined</source>
        <extracomment>event_text</extracomment>
        <translation>已隔离</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}: {text}</source>
        <extracomment>event_text</extracomment>
        <translation>{reason}：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}</source>
        <extracomment>event_text</extracomment>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; ALERT {text}</source>
        <extracomment>event_text</extracomment>
        <translation>；警报：{text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answered the check: {step}</source>
        <extracomment>event_text</extracomment>
        <translation>填写核查项：{step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided to {decision} ({step}): {reason}</source>
        <extracomment>event_text</extracomment>
        <translation>决定 {decision}（{step}）：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported {count} allocations</source>
        <extracomment>event_text</extracomment>
        <translation>导入 {count} 条随机分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>received bag {din} ({state})</source>
        <extracomment>event_text</extracomment>
        <translation>接收输注袋 {din}（{state}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>released the bag (signed)</source>
        <extracomment>event_text</extracomment>
        <translation>放行输注袋（已签名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first bedside check of the bag (signed)</source>
        <extracomment>event_text</extracomment>
        <translation>输注袋床旁第一次核对（已签名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BEDSIDE MISMATCH: {problems}</source>
        <extracomment>event_text</extracomment>
        <translation>床旁核对不符：{problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second bedside check: bag verified (signed)</source>
        <extracomment>event_text</extracomment>
        <translation>床旁第二次核对：输注袋核对无误（已签名）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} — recorded {minutes} min after it happened: {reason}</source>
        <extracomment>event_text</extracomment>
        <translation>{what} — 发生 {minutes} 分钟后补录：{reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>STOP before the infusion: {problems}</source>
        <extracomment>administration</extracomment>
        <translation>输注前停止：{problems}</translation>
    </message>
    <message>
        <location line="+580"/>
        <source>neither the server nor this laptop knows events of type {type}</source>
        <extracomment>set_aside</extracomment>
        <translation>服务器和本机都不认识 {type} 类型的事件</translation>
    </message>
    <message>
        <location line="-618"/>
        <source>drip {method}: {rate:.0f} gtt/min ({band})</source>
        <extracomment>event_text</extracomment>
        <translation>滴速（{method}）：{rate:.0f} 滴/分（{band}）</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>vital signs, NEWS2 {total}{alerts}</source>
        <extracomment>event_text</extracomment>
        <translation>生命体征，NEWS2 {total}{alerts}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>adverse event: {term}, grade {grade}</source>
        <extracomment>adverse_events</extracomment>
        <translation>不良事件：{term}，{grade} 级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adverse event update: {outcome}, grade {grade}</source>
        <extracomment>adverse_events</extracomment>
        <translation>不良事件更新：{outcome}，{grade} 级</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>set up site {site} for {protocol}</source>
        <extracomment>event_text</extracomment>
        <translation>为 {protocol} 设置中心 {site}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added user {username} ({full_name}, {role})</source>
        <extracomment>event_text</extracomment>
        <translation>添加用户 {username}（{full_name}，{role}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed sign-in ({why})</source>
        <extracomment>event_text</extracomment>
        <translation>登录失败（{why}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed signature ({why})</source>
        <extracomment>event_text</extracomment>
        <translation>签名失败（{why}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the password of {username}</source>
        <extracomment>event_text</extracomment>
        <translation>重置 {username} 的密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deactivated {username}: {reason}</source>
        <extracomment>event_text</extracomment>
        <translation>停用 {username}：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>took over from {user}</source>
        <extracomment>event_text</extracomment>
        <translation>接替 {user}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registered {code} ({arm})</source>
        <extracomment>event_text</extracomment>
        <translation>登记 {code}（{arm}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scheduled session {number} on {day}</source>
        <extracomment>event_text</extracomment>
        <translation>安排第 {number} 次输注于 {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused the infusion ({reason})</source>
        <extracomment>event_text</extracomment>
        <translation>暂停输注（{reason}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped the infusion ({reason})</source>
        <extracomment>event_text</extracomment>
        <translation>停止输注（{reason}）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ended observation early: {reason}</source>
        <extracomment>observation</extracomment>
        <translation>提前结束观察期：{reason}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>signed the session ({meaning})</source>
        <extracomment>event_text</extracomment>
        <translation>签署本次输注（{meaning}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>countersigned the session ({meaning})</source>
        <extracomment>event_text</extracomment>
        <translation>复签本次输注（{meaning}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected {field}: {old} → {new} ({reason})</source>
        <extracomment>event_text</extracomment>
        <translation>更正{field}：{old} → {new}（{reason}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{event_type}</source>
        <extracomment>event_text</extracomment>
        <translation>{event_type}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{judgement}.</source>
        <extracomment>guardrails (acknowledgement_needed)</extracomment>
        <translation>{judgement}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a DIN has 13 characters, this one has {length}</source>
        <extracomment>labels</extracomment>
        <translation>DIN 应为 13 个字符，此处为 {length} 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a DIN is a letter and 4 digits (facility), 2 digits (year), 6 digits (sequence)</source>
        <extracomment>labels</extracomment>
        <translation>DIN 由 1 个字母加 4 位数字（机构）、2 位数字（年份）、6 位数字（序号）组成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This DIN cannot be read: {problem}.</source>
        <extracomment>labels (bad_din)</extracomment>
        <translation>无法识别此 DIN：{problem}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A DIN bar code ends with two flag digits.</source>
        <extracomment>labels (bad_din_flags)</extracomment>
        <translation>DIN 条码须以两位标志数字结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The DIN {din} carries check {carried!r} but should be {expected!r}: the label is damaged or mistyped.</source>
        <extracomment>labels (wrong_din_check)</extracomment>
        <translation>DIN {din} 的校验字符为 {carried!r}，应为 {expected!r}：标签损坏或输入有误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the DIN&apos;s check character (the boxed one) too.</source>
        <extracomment>labels (missing_din_check)</extracomment>
        <translation>请同时输入 DIN 的校验字符（方框内的字符）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check character {given!r} does not fit DIN {din} (expected {expected!r}): look at the label again.</source>
        <extracomment>labels (wrong_din_check)</extracomment>
        <translation>校验字符 {given!r} 与 DIN {din} 不符（应为 {expected!r}）：请再次核对标签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ISBT 128 expiry reads &amp;&gt; and 10 digits (cyyjjjhhmm).</source>
        <extracomment>labels (bad_expiry)</extracomment>
        <translation>ISBT 128 有效期格式为 &amp;&gt; 加 10 位数字（cyyjjjhhmm）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expiry {digits} is not a real date and time.</source>
        <extracomment>labels (bad_expiry)</extracomment>
        <translation>有效期 {digits} 不是有效的日期和时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ISBT 128 product code reads =&lt; then a letter, 4 digits and 3 characters.</source>
        <extracomment>labels (bad_product_code)</extracomment>
        <translation>ISBT 128 产品代码格式为 =&lt; 加 1 个字母、4 位数字和 3 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This GS1 code cannot be read: {detail}</source>
        <extracomment>labels (bad_gs1)</extracomment>
        <translation>无法识别此 GS1 码：{detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This GS1 code has no GTIN (AI 01).</source>
        <extracomment>labels (missing_gtin)</extracomment>
        <translation>此 GS1 码不含 GTIN（AI 01）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GTIN&apos;s check digit is wrong: {error}</source>
        <extracomment>labels (wrong_gtin_check)</extracomment>
        <translation>GTIN 校验位错误：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text!r} is not a label code this app knows.</source>
        <extracomment>labels (unreadable_label)</extracomment>
        <translation>{text!r} 不是本程序可识别的标签代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed sign-ins: this account is locked for 1 more minute. Ask another user to take over, or an administrator to reset the password.</source>
        <extracomment>lockout (locked_out)</extracomment>
        <translation>登录失败次数过多：此账户将再锁定 1 分钟。请由其他用户接替，或请管理员重置密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed sign-ins: this account is locked for {minutes} more minutes. Ask another user to take over, or an administrator to reset the password.</source>
        <extracomment>lockout (locked_out)</extracomment>
        <translation>登录失败次数过多：此账户将再锁定 {minutes} 分钟。请由其他用户接替，或请管理员重置密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <extracomment>messages</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session cannot be signed yet: {left} of {total} post-infusion checks of vital signs are still to do (next: {next}). Record them, or an investigator may end observation early with a reason.</source>
        <extracomment>observation</extracomment>
        <translation>本次输注暂不能签名：输注后 {total} 次生命体征测量中还有 {left} 次未完成（下一次：{next}）。请完成记录，或由研究者填写原因后提前结束观察期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation is already over: every post-infusion check is done.</source>
        <extracomment>observation</extracomment>
        <translation>观察期已结束：输注后各次测量均已完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation was already ended early.</source>
        <extracomment>observation</extracomment>
        <translation>观察期已被提前结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for ending observation early.</source>
        <extracomment>observation</extracomment>
        <translation>请填写提前结束观察期的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End observation early: not possible while the session is {state}.</source>
        <extracomment>observation</extracomment>
        <translation>提前结束观察期：本次输注{state}，无法执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject code {code!r} is not in the site&apos;s format, e.g. {example}.</source>
        <extracomment>participants (bad_subject_code)</extracomment>
        <translation>受试者编号 {code!r} 不符合本中心的格式，例如 {example}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject code {code!r} is not in the site&apos;s format.</source>
        <extracomment>participants (bad_subject_code)</extracomment>
        <translation>受试者编号 {code!r} 不符合本中心的格式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initials are 2 to 4 capital letters, e.g. LXM.</source>
        <extracomment>participants (bad_initials)</extracomment>
        <translation>姓名缩写为 2 至 4 个大写字母，例如 LXM。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year of birth is a four-digit year, e.g. 1985.</source>
        <extracomment>participants (bad_year_of_birth)</extracomment>
        <translation>出生年份为四位数年份，例如 1985。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born in {year}, the participant is about {age} this year; the protocol takes ages {min_age} to {max_age}.</source>
        <extracomment>participants (age_outside_protocol)</extracomment>
        <translation>受试者生于 {year} 年，今年约 {age} 岁；方案纳入年龄为 {min_age} 至 {max_age} 岁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} must be a date written YYYY-MM-DD.</source>
        <extracomment>participants</extracomment>
        <translation>{field}须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent date cannot be in the future.</source>
        <extracomment>participants (consent_in_future)</extracomment>
        <translation>知情同意日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>a whole number</source>
        <extracomment>vitals</extracomment>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one decimal</source>
        <extracomment>vitals</extracomment>
        <translation>最多一位小数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{vital}: the chart records {precision} ({unit}); {value} has more. Type the value as the device shows it.</source>
        <extracomment>vitals (precision_{name})</extracomment>
        <translation>{vital}：记录单只记录{precision}（{unit}）；{value} 的精度超出。请按仪器显示的数值输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{vital} {value} {unit} is not possible: allowed {low:g}–{high:g} {unit}.</source>
        <extracomment>vitals (impossible_{name})</extracomment>
        <translation>{vital} {value} {unit} 超出可能范围：允许范围 {low:g}–{high:g} {unit}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On oxygen: answer true or false (not {given!r}).</source>
        <extracomment>vitals (bad_on_oxygen)</extracomment>
        <translation>吸氧：请回答是或否（不能是 {given!r}）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{vital} {value} {unit} is unusual: please confirm.</source>
        <extracomment>vitals</extracomment>
        <translation>{vital} {value} {unit} 不常见：请确认。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>sign in</source>
        <extracomment>auth</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign out</source>
        <extracomment>auth</extracomment>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lock the screen</source>
        <extracomment>auth</extracomment>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlock the screen</source>
        <extracomment>auth</extracomment>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hand over</source>
        <extracomment>auth</extracomment>
        <translation>交接</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>set up the site</source>
        <extracomment>users</extracomment>
        <translation>设置研究中心</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add user</source>
        <extracomment>users</extracomment>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reset password</source>
        <extracomment>users</extracomment>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deactivate user</source>
        <extracomment>users</extracomment>
        <translation>停用用户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list users</source>
        <extracomment>users</extracomment>
        <translation>查看用户列表</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>import randomization</source>
        <extracomment>randomization</extracomment>
        <translation>导入随机化列表</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>register participant</source>
        <extracomment>participants</extracomment>
        <translation>登记受试者</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>receive product</source>
        <extracomment>products</extracomment>
        <translation>接收制剂</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>release product</source>
        <extracomment>products</extracomment>
        <translation>放行制剂</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>bedside check</source>
        <extracomment>bedside</extracomment>
        <translation>床旁核对</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>schedule session</source>
        <extracomment>participants</extracomment>
        <translation>安排输注</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>begin checks</source>
        <extracomment>session_flow</extracomment>
        <translation>开始核查</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>answer check</source>
        <extracomment>checks</extracomment>
        <translation>填写核查项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>decide check</source>
        <extracomment>checks</extracomment>
        <translation>对核查项作出决定</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>mark ready</source>
        <extracomment>session_flow</extracomment>
        <translation>标记就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start infusion</source>
        <extracomment>session_flow</extracomment>
        <translation>开始输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pause infusion</source>
        <extracomment>session_flow</extracomment>
        <translation>暂停输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resume infusion</source>
        <extracomment>session_flow</extracomment>
        <translation>恢复输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete infusion</source>
        <extracomment>session_flow</extracomment>
        <translation>完成输注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stop infusion</source>
        <extracomment>session_flow</extracomment>
        <translation>停止输注</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>record drip reading</source>
        <extracomment>infusion</extracomment>
        <translation>记录滴速</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>record vitals</source>
        <extracomment>vitals</extracomment>
        <translation>记录生命体征</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>record adverse event</source>
        <extracomment>adverse_events</extracomment>
        <translation>记录不良事件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>update adverse event</source>
        <extracomment>adverse_events</extracomment>
        <translation>更新不良事件</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>begin observation</source>
        <extracomment>session_flow</extracomment>
        <translation>开始观察期</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>end observation early</source>
        <extracomment>observation</extracomment>
        <translation>提前结束观察期</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>sign session</source>
        <extracomment>signing</extracomment>
        <translation>签署输注记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>countersign session</source>
        <extracomment>signing</extracomment>
        <translation>复签输注记录</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>correct value</source>
        <extracomment>corrections</extracomment>
        <translation>更正数据</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>view audit trail</source>
        <extracomment>audit_trail</extracomment>
        <translation>查看稽查轨迹</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>resolve discrepancy</source>
        <extracomment>discrepancies</extracomment>
        <translation>处理数据不一致</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>a nurse</source>
        <extracomment>permissions</extracomment>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a pharmacist</source>
        <extracomment>permissions</extracomment>
        <translation>药师</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an investigator</source>
        <extracomment>permissions</extracomment>
        <translation>研究者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an administrator</source>
        <extracomment>permissions</extracomment>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>Unknown action {action!r}.</source>
        <extracomment>declarations (unknown_action)</extracomment>
        <translation>未知操作 {action!r}。</translation>
    </message>
    <message>
        <location line="-246"/>
        <source> or </source>
        <extracomment>permissions; corrections; signing; set_aside</extracomment>
        <translation>或</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>exported {sessions} session(s) as {format} to {files}</source>
        <extracomment>event_text</extracomment>
        <translation>已将 {sessions} 次输注以 {format} 格式导出至 {files}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{rate} gtt/min: in the band {low:g}–{high:g}</source>
        <extracomment>guardrails</extracomment>
        <translation>{rate} 滴/分：在目标范围 {low:g}–{high:g} 内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} gtt/min is too slow (band {low:g}–{high:g}): adjust the clamp and recount</source>
        <extracomment>guardrails</extracomment>
        <translation>{rate} 滴/分 过慢（目标范围 {low:g}–{high:g}）：请调节调速夹后重新计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} gtt/min is too fast (band {low:g}–{high:g}): adjust the clamp and recount</source>
        <extracomment>guardrails</extracomment>
        <translation>{rate} 滴/分 过快（目标范围 {low:g}–{high:g}）：请调节调速夹后重新计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} gtt/min is outside the safe limits {low:g}–{high:g}: stop and check the line; acknowledge with a reason</source>
        <extracomment>guardrails</extracomment>
        <translation>{rate} 滴/分 超出安全限值 {low:g}–{high:g}：请停止并检查输液管路；确认时须填写原因</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Only {who} may do this ({action}).</source>
        <extracomment>permissions (not_permitted)</extracomment>
        <translation>只有{who}可以执行此操作（{action}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placebo: no cells</source>
        <extracomment>product</extracomment>
        <translation>安慰剂：不含细胞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placebo bag lists cells</source>
        <extracomment>product</extracomment>
        <translation>安慰剂袋标注了细胞数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight {weight} kg cannot prescribe a dose</source>
        <extracomment>product</extracomment>
        <translation>体重 {weight} kg 无法用于计算剂量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labelled {cells} cells vs dose {dose} for {weight:g} kg ({off:.1f} % off, limit ±{tolerance:g} %)</source>
        <extracomment>product</extracomment>
        <translation>标签为 {cells} 个细胞，按 {weight:g} kg 计剂量为 {dose} 个细胞（偏差 {off:.1f} %，限值 ±{tolerance:g} %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placebo: viability does not apply</source>
        <extracomment>product</extracomment>
        <translation>安慰剂：不适用细胞活率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viability not given</source>
        <extracomment>product</extracomment>
        <translation>未填写细胞活率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viability {value:g} % (limit ≥ {limit:g} %)</source>
        <extracomment>product</extracomment>
        <translation>细胞活率 {value:g} %（要求 ≥ {limit:g} %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label names {label}, participant is {participant}</source>
        <extracomment>product</extracomment>
        <translation>标签为 {label}，受试者为 {participant}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label says {label}, allocation is {allocated}</source>
        <extracomment>product</extracomment>
        <translation>标签组别为 {label}，随机分配为 {allocated}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires {at:%Y-%m-%d %H:%M} UTC</source>
        <extracomment>product</extracomment>
        <translation>有效期至 {at:%Y-%m-%d %H:%M} UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not expire before the projected end {end:%H:%M} UTC</source>
        <extracomment>product</extracomment>
        <translation>不得在预计结束时间 {end:%H:%M} UTC 之前过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours:.1f} h since preparation (limit {limit:g} h)</source>
        <extracomment>product</extracomment>
        <translation>距制备已 {hours:.1f} h（限值 {limit:g} h）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{temperature:g} °C on receipt (allowed {low:g}–{high:g} °C)</source>
        <extracomment>product</extracomment>
        <translation>接收时 {temperature:g} °C（允许范围 {low:g}–{high:g} °C）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bag intact, no clumps, label legible</source>
        <extracomment>product</extracomment>
        <translation>袋体完好，无凝块，标签清晰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appearance check failed</source>
        <extracomment>product</extracomment>
        <translation>外观检查不合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bag scanned ({scanned}) is not the released bag ({released})</source>
        <extracomment>product</extracomment>
        <translation>扫描的输注袋（{scanned}）不是已放行的输注袋（{released}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wristband ({wristband}) is not {code}</source>
        <extracomment>product</extracomment>
        <translation>腕带（{wristband}）不是 {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject code {code!r} is not in the site&apos;s format (e.g. {example})</source>
        <extracomment>randomization</extracomment>
        <translation>受试者编号 {code!r} 不符合本中心的格式（例如 {example}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arm {arm!r} is not one of {choices}</source>
        <extracomment>randomization</extracomment>
        <translation>组别 {arm!r} 不在 {choices} 之中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is listed twice (first on line {line})</source>
        <extracomment>randomization</extracomment>
        <translation>{code} 重复列出（首次出现在第 {line} 行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read as CSV: {error}.</source>
        <extracomment>randomization (unreadable_csv)</extracomment>
        <translation>无法按 CSV 读取该文件：{error}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <extracomment>randomization (empty_file)</extracomment>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first line must name the columns subject_code and arm.</source>
        <extracomment>randomization (missing_columns)</extracomment>
        <translation>第一行须为列名 subject_code 和 arm。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the row has too few columns</source>
        <extracomment>randomization</extracomment>
        <translation>该行列数不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <extracomment>roles (bad_username)</extracomment>
        <translation>用户名为 2 至 32 个小写字母、数字、“.”、“-”或“_”，须以字母开头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user&apos;s full name; it appears on signatures.</source>
        <extracomment>roles (missing_full_name)</extracomment>
        <translation>请输入用户全名；全名将显示在签名上。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>A password needs at least {length} characters.</source>
        <extracomment>password_policy (weak_password)</extracomment>
        <translation>密码至少需要 {length} 个字符。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A password may not contain control characters (such as a line break).</source>
        <extracomment>password_policy (weak_password)</extracomment>
        <translation>密码不能包含控制字符（例如换行符）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password needs visible characters, not only spaces.</source>
        <extracomment>password_policy (weak_password)</extracomment>
        <translation>密码需要包含可见字符，不能只有空格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is on a list of common or breached passwords (or is the user name): choose another.</source>
        <extracomment>password_policy (weak_password)</extracomment>
        <translation>此密码在常用或已泄露密码列表中（或与用户名相同）：请另选一个。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A site code is 2 to 16 capital letters, digits or &apos;-&apos;, e.g. SH-TJ01.</source>
        <extracomment>roles (bad_site_code)</extracomment>
        <translation>中心代码为 2 至 16 个大写字母、数字或“-”，例如 SH-TJ01。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scheduled and its pre-infusion checks have not begun</source>
        <extracomment>session_state</extracomment>
        <translation>已安排，尚未开始输注前核查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still in its pre-infusion checks</source>
        <extracomment>session_state</extracomment>
        <translation>仍在输注前核查中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready but the infusion has not started</source>
        <extracomment>session_state</extracomment>
        <translation>已就绪，但尚未开始输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infusing</source>
        <extracomment>session_state</extracomment>
        <translation>正在输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <extracomment>session_state</extracomment>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended and observation has not begun</source>
        <extracomment>session_state</extracomment>
        <translation>已结束输注，尚未开始观察期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in post-infusion observation</source>
        <extracomment>session_state</extracomment>
        <translation>处于输注后观察期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed and locked</source>
        <extracomment>session_state</extracomment>
        <translation>已签名并锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begin the pre-infusion checks</source>
        <extracomment>session_state</extracomment>
        <translation>开始输注前核查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the session ready</source>
        <extracomment>session_state</extracomment>
        <translation>标记本次输注就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the infusion</source>
        <extracomment>session_state</extracomment>
        <translation>开始输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the infusion</source>
        <extracomment>session_state</extracomment>
        <translation>暂停输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume the infusion</source>
        <extracomment>session_state</extracomment>
        <translation>恢复输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the infusion</source>
        <extracomment>session_state</extracomment>
        <translation>完成输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the infusion</source>
        <extracomment>session_state</extracomment>
        <translation>停止输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Begin observation</source>
        <extracomment>session_state</extracomment>
        <translation>开始观察期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the session</source>
        <extracomment>session_state</extracomment>
        <translation>签署本次输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The infusion cannot start: the pre-infusion checks have not begun.</source>
        <extracomment>session_state</extracomment>
        <translation>无法开始输注：尚未开始输注前核查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The infusion cannot start: the pre-infusion checks are not complete.</source>
        <extracomment>session_state</extracomment>
        <translation>无法开始输注：输注前核查尚未完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The infusion is already running.</source>
        <extracomment>session_state</extracomment>
        <translation>输注已在进行中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The infusion is paused: resume it instead of starting it again.</source>
        <extracomment>session_state</extracomment>
        <translation>输注已暂停：请恢复输注，而不是重新开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session cannot be signed while the infusion is running.</source>
        <extracomment>session_state</extracomment>
        <translation>输注进行中，不能签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session cannot be signed while the infusion is paused.</source>
        <extracomment>session_state</extracomment>
        <translation>输注暂停中，不能签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session cannot be signed before the observation period.</source>
        <extracomment>session_state</extracomment>
        <translation>观察期开始前不能签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is already signed.</source>
        <extracomment>session_state</extracomment>
        <translation>本次输注已签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action}: not possible, the session is signed and locked. A correction is recorded as a new entry with its reason.</source>
        <extracomment>session_state</extracomment>
        <translation>{action}：无法执行，本次输注已签名并锁定。更正将作为一条新记录连同原因一并记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action}: not possible while the session is {state}.</source>
        <extracomment>session_state</extracomment>
        <translation>{action}：本次输注{state}，无法执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a reason ({choices}).</source>
        <extracomment>session_state (missing_reason)</extracomment>
        <translation>请选择原因（{choices}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the signature means: {choices}.</source>
        <extracomment>signatures (bad_meaning)</extracomment>
        <translation>请选择签名的含义：{choices}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The second signature must come from a different person than the first.</source>
        <extracomment>signatures (same_signer)</extracomment>
        <translation>第二个签名须由另一人签署。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{vital}: type a number in {unit}.</source>
        <extracomment>vitals (bad_{name})</extracomment>
        <translation>{vital}：请输入数值（{unit}）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The vital signs must be given field by field.</source>
        <extracomment>vitals (bad_vitals)</extracomment>
        <translation>生命体征须逐项填写。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Consciousness: choose A, C, V, P or U.</source>
        <extracomment>vitals (bad_consciousness)</extracomment>
        <translation>意识状态：请选择 A、C、V、P 或 U。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diastolic BP must be lower than systolic BP.</source>
        <extracomment>vitals (diastolic_not_below_systolic)</extracomment>
        <translation>舒张压须低于收缩压。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{action} has no field {field!r}.</source>
        <extracomment>actions (unknown_field)</extracomment>
        <translation>{action} 没有字段 {field!r}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} needs the field {field!r}.</source>
        <extracomment>actions (missing_field)</extracomment>
        <translation>{action} 需要字段 {field!r}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action}: {field!r} must be {wanted}.</source>
        <extracomment>actions (bad_field)</extracomment>
        <translation>{action}：{field!r} 须为 {wanted}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action}: {field!r} must be a finite number.</source>
        <extracomment>actions (bad_field)</extracomment>
        <translation>{action}：{field!r} 必须是有限数值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no action {name!r}.</source>
        <extracomment>actions (unknown_action)</extracomment>
        <translation>没有操作 {name!r}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first.</source>
        <extracomment>actions (not_signed_in)</extracomment>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bag has not been verified at the bedside by two people: a second person scans the bag and the wristband and signs.</source>
        <extracomment>administration (product_not_verified)</extracomment>
        <translation>该袋尚未经两人床旁核对：请第二人扫描输液袋和腕带并签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bag holds {cells} viable cells; today&apos;s weight {weight} kg needs {dose} cells ({off:.1f} % off, limit ±{tolerance:g} %)</source>
        <extracomment>administration</extracomment>
        <translation>该袋含 {cells} 个活细胞；按今日体重 {weight} kg 需要 {dose} 个细胞（偏差 {off:.1f} %，限值 ±{tolerance:g} %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOP — do not infuse: {problem}. Call the pharmacist and the investigator; the bag is not given.</source>
        <extracomment>administration (dose_not_for_todays_weight)</extracomment>
        <translation>停止——请勿输注：{problem}。请联系药师和研究者；该袋不得输注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bag expired at {at:%Y-%m-%d %H:%M} UTC</source>
        <extracomment>administration</extracomment>
        <translation>该袋已于 {at:%Y-%m-%d %H:%M} UTC 过期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours:.1f} h since preparation at the start (limit {limit:g} h)</source>
        <extracomment>administration</extracomment>
        <translation>开始输注时距制备已 {hours:.1f} h（限值 {limit:g} h）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOP — do not start the infusion: {problems}. Call the pharmacist: this bag is not given.</source>
        <extracomment>administration (product_not_fit_at_start)</extracomment>
        <translation>停止——请勿开始输注：{problems}。请联系药师：该袋不得输注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bedside check of the bag was {minutes} min before the start (limit {limit:g} min): two people scan the bag and the wristband again.</source>
        <extracomment>administration (bedside_check_stale)</extracomment>
        <translation>床旁核对距开始已 {minutes} 分钟（限值 {limit:g} 分钟）：请两人重新扫描输液袋和腕带。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The baseline vital signs were measured {minutes} min before the start; the protocol counts them only within {window} min. Measure a new set of vital signs first.</source>
        <extracomment>administration (baseline_too_old)</extracomment>
        <translation>基线生命体征测量于开始前 {minutes} 分钟；方案只认可开始前 {window} 分钟内的测量。请先重新测量一组生命体征。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what was done with the infusion.</source>
        <extracomment>adverse_events (bad_action)</extracomment>
        <translation>请选择对输注采取的处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the outcome.</source>
        <extracomment>adverse_events (bad_outcome)</extracomment>
        <translation>请选择转归。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adverse events are added to an open session.</source>
        <extracomment>adverse_events (session_closed)</extracomment>
        <translation>不良事件只能添加到未结束的输注记录中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The onset must be a date and time with its zone.</source>
        <extracomment>adverse_events (bad_onset)</extracomment>
        <translation>发生时间须为带时区的日期和时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The onset cannot be in the future.</source>
        <extracomment>adverse_events (onset_in_future)</extracomment>
        <translation>发生时间不能晚于当前时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No adverse event {ae_id} exists.</source>
        <extracomment>adverse_events (unknown_adverse_event)</extracomment>
        <translation>不存在不良事件 {ae_id}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name or password is not right.</source>
        <extracomment>auth</extracomment>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That is the user already signed in: unlock instead.</source>
        <extracomment>auth (same_user)</extracomment>
        <translation>该用户已登录：请直接解锁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session is not ready. product: the bag has not been verified at the bedside by two people.</source>
        <extracomment>bedside (product_not_verified)</extracomment>
        <translation>本次输注尚未就绪。制剂：输注袋尚未经两人床旁核对。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No session {session_id} exists.</source>
        <extracomment>infusion (unknown_session); records (unknown_session); vitals (unknown_session)</extracomment>
        <translation>不存在输注记录 {session_id}。</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The bedside check is done during the pre-infusion checks.</source>
        <extracomment>bedside (not_checking)</extracomment>
        <translation>床旁核对须在输注前核查期间进行。</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>vital signs partly taken ({reason}), NEWS2 incomplete — {scored} of 7 parameters{alerts}</source>
        <extracomment>event_text</extracomment>
        <translation>生命体征部分测量（{reason}），NEWS2 不完整 — 7 项中 {scored} 项{alerts}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>exported the record as {format} to {files}</source>
        <extracomment>event_text</extracomment>
        <translation>已将记录以 {format} 格式导出至 {files}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NEWS2 {level}: {who}</source>
        <extracomment>escalation</extracomment>
        <translation>NEWS2 {level}：{who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>informed {informed} at {at}</source>
        <extracomment>escalation</extracomment>
        <translation>已于 {at} 通知 {informed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no one informed: {reason}</source>
        <extracomment>escalation</extracomment>
        <translation>未通知任何人：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>protocol file {protocol_id} version {version} kept (SHA-256 {sha256})</source>
        <extracomment>protocol_versions</extracomment>
        <translation>已保存方案文件 {protocol_id} 第 {version} 版（SHA-256 {sha256}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printed the record of session {number} of {subject} ({pages} pages)</source>
        <extracomment>record_print</extracomment>
        <translation>打印了 {subject} 第 {number} 次输注的记录（{pages} 页）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vital signs not taken: {reason}{note}</source>
        <extracomment>vitals_not_taken</extracomment>
        <translation>生命体征未测量：{reason}{note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({note})</source>
        <extracomment>vitals_not_taken</extracomment>
        <translation>（{note}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: must be a finite number.</source>
        <extracomment>field_ranges (implausible_number)</extracomment>
        <translation>{field}：必须是有限的数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is outside the plausible range, {low} to {high} {unit}.</source>
        <extracomment>field_ranges (implausible_number)</extracomment>
        <translation>{field}：{value} 超出合理范围（{low} 至 {high} {unit}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the year {value} is not plausible (from {first} to {last}).</source>
        <extracomment>field_ranges (implausible_date)</extracomment>
        <translation>{field}：年份 {value} 不合理（应在 {first} 至 {last} 之间）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: {value} is outside the plausible dates, {first} to {last}.</source>
        <extracomment>field_ranges (implausible_date)</extracomment>
        <translation>{field}：{value} 超出合理日期范围（{first} 至 {last}）。</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>No parameter was measured: record the set as not taken instead.</source>
        <extracomment>vitals (nothing_measured)</extracomment>
        <translation>没有测量任何项目：请改为记录“未测量”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every parameter was measured: record it as a full set, without a reason.</source>
        <extracomment>vitals (nothing_missing)</extracomment>
        <translation>所有项目都已测量：请作为完整的一组记录，不要填写原因。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the bag expires at {expires:%H:%M} UTC, before the projected end {end:%H:%M} UTC ({volume:g} mL at {rate:g} gtt/min with a {factor} gtt/mL set, {counted:g} drops per mL of this fluid)</source>
        <extracomment>administration</extracomment>
        <translation>该袋于 {expires:%H:%M} UTC 过期，早于预计结束时间 {end:%H:%M} UTC（{volume:g} mL，{rate:g} 滴/分，输液器 {factor} 滴/mL，此液体每 mL {counted:g} 滴）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bag is being checked again: a second person scans the bag and the wristband and signs before the start.</source>
        <extracomment>administration</extracomment>
        <translation>正在重新核对输液袋：开始输注前，须由第二人扫描输液袋和腕带并签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bedside check was {minutes} min ago (limit {limit:g} min before the start): two people scan again.</source>
        <extracomment>administration</extracomment>
        <translation>床旁核对已是 {minutes} 分钟前（开始输注前限 {limit:g} 分钟）：请两人重新扫描。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This bag has not been released by the pharmacist.</source>
        <extracomment>bedside (not_released)</extracomment>
        <translation>此输注袋尚未经药师放行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this bag was released for {released_for}, not {code}</source>
        <extracomment>bedside</extracomment>
        <translation>此输注袋是为 {released_for} 放行的，不是 {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOP — do not infuse: {problems}.</source>
        <extracomment>bedside (bedside_mismatch)</extracomment>
        <translation>停止——请勿输注：{problems}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol has no check called {step!r}.</source>
        <extracomment>checks (unknown_step)</extracomment>
        <translation>方案中没有名为 {step!r} 的核查项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks are answered while the session is in its checks.</source>
        <extracomment>checks (not_checking)</extracomment>
        <translation>核查项只能在输注前核查期间填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This check does not wait for a decision.</source>
        <extracomment>checks (no_decision_needed)</extracomment>
        <translation>此核查项无需作出决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide to proceed or to defer.</source>
        <extracomment>checks (bad_decision)</extracomment>
        <translation>请决定继续或推迟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for the decision.</source>
        <extracomment>checks (missing_reason); discrepancies (missing_reason)</extracomment>
        <translation>请填写作出该决定的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user {username} is deactivated.</source>
        <extracomment>context (user_inactive)</extracomment>
        <translation>用户 {username} 已停用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recorded entry {event_id} exists.</source>
        <extracomment>corrections (unknown_event)</extracomment>
        <translation>不存在记录 {event_id}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field {field!r} of this entry cannot be corrected.</source>
        <extracomment>corrections (not_correctable)</extracomment>
        <translation>此记录的字段 {field!r} 不可更正。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only {who} may correct the {field}.</source>
        <extracomment>corrections (not_permitted)</extracomment>
        <translation>只有{who}可以更正{field}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new value is the same as the recorded one.</source>
        <extracomment>corrections (unchanged)</extracomment>
        <translation>新值与已记录的值相同。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time you informed someone must be a time with its zone.</source>
        <extracomment>escalation (bad_informed_at)</extracomment>
        <translation>通知时间必须是带时区的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledge escalation</source>
        <extracomment>escalation</extracomment>
        <translation>确认升级响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No escalation of this session was raised by that set of vital signs.</source>
        <extracomment>escalation (no_escalation)</extracomment>
        <translation>该组生命体征未在本次输注中触发升级响应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This escalation is already acknowledged.</source>
        <extracomment>escalation (already_acknowledged)</extracomment>
        <translation>该升级响应已确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is the database or one of its own files (its journal, a backup): the export was not written there. Choose another file.</source>
        <extracomment>export_targets (export_onto_database)</extracomment>
        <translation>{path} 是数据库或其自身的文件（日志或备份）：导出未写入该处。请选择其他文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder: name a file for this export.</source>
        <extracomment>export_targets (export_target_is_folder)</extracomment>
        <translation>{path} 是文件夹：请为本次导出指定一个文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists and is not an earlier export of this record: nothing was overwritten. Choose another name.</source>
        <extracomment>export_targets (export_target_exists)</extracomment>
        <translation>{path} 已存在，且不是本记录先前的导出：未覆盖任何内容。请选择其他名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a file, but this export writes several files: name a folder.</source>
        <extracomment>export_targets (export_target_is_file)</extracomment>
        <translation>{path} 是文件，但本次导出会写入多个文件：请指定一个文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write to {path} ({problem}): nothing was written.</source>
        <extracomment>export_targets (export_cannot_write)</extracomment>
        <translation>无法写入 {path}（{problem}）：未写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the record</source>
        <extracomment>exports</extracomment>
        <translation>导出记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The format must be one of: {choices}.</source>
        <extracomment>exports (bad_export_format)</extracomment>
        <translation>格式必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an investigator may export the record as {format}; a nurse exports the PDF.</source>
        <extracomment>exports (export_format_not_permitted)</extracomment>
        <translation>只有研究者可以将记录导出为 {format}；护士导出 PDF。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where to write the export.</source>
        <extracomment>exports (export_target_missing)</extracomment>
        <translation>请指定导出的保存位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no session {session}.</source>
        <extracomment>exports (unknown_session); record_print (unknown_session)</extracomment>
        <translation>没有输注 {session}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no sessions to export.</source>
        <extracomment>exports (nothing_to_export)</extracomment>
        <translation>没有可导出的输注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be recorded in the audit trail, so it was not written: {problem}</source>
        <extracomment>exports (export_not_recorded)</extracomment>
        <translation>导出无法记入稽查轨迹，因此未写入：{problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drip readings are recorded while the infusion runs.</source>
        <extracomment>infusion (not_infusing)</extracomment>
        <translation>滴速只能在输注进行中记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tap times must be numbers of seconds.</source>
        <extracomment>infusion (bad_taps)</extracomment>
        <translation>点击时间须为秒数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the text holds a character that cannot be stored.</source>
        <extracomment>input_rules (bad_text)</extracomment>
        <translation>{field}：文本中含有无法保存的字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the text holds a direction override (it would read otherwise than stored).</source>
        <extracomment>input_rules (bad_text)</extracomment>
        <translation>{field}：文本中含有文字方向控制符（显示内容会与保存内容不同）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: the year {year} is not plausible (from {first} to {last}).</source>
        <extracomment>input_rules (implausible_date)</extracomment>
        <translation>{field}：年份 {year} 不合理（应在 {first} 至 {last} 之间）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: write the reason in words.</source>
        <extracomment>input_rules (missing_reason)</extracomment>
        <translation>{field}：请用文字写明原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{subject_code} is not on the randomization list: enter the arm.</source>
        <extracomment>participants (no_arm)</extracomment>
        <translation>{subject_code} 不在随机化列表中：请输入组别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arm must be one of: {codes}.</source>
        <extracomment>participants (bad_arm)</extracomment>
        <translation>组别须为以下之一：{codes}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The randomization list allocates {subject_code} to {allocated}, not {arm}.</source>
        <extracomment>participants (arm_differs_from_list)</extracomment>
        <translation>随机化列表将 {subject_code} 分配至 {allocated}，而非 {arm}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>consent date</source>
        <extracomment>participants</extracomment>
        <translation>知情同意日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject_code} is already registered.</source>
        <extracomment>participants (duplicate_subject)</extracomment>
        <translation>{subject_code} 已登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first session date</source>
        <extracomment>participants</extracomment>
        <translation>首次输注日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first session cannot be before today or the consent.</source>
        <extracomment>participants (date_in_past)</extracomment>
        <translation>首次输注不能早于今天或知情同意日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>session date</source>
        <extracomment>participants</extracomment>
        <translation>输注日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participant {subject_code} is registered.</source>
        <extracomment>participants (unknown_subject); products (unknown_subject)</extracomment>
        <translation>未登记受试者 {subject_code}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A session cannot be scheduled on a day that has passed.</source>
        <extracomment>participants (date_in_past)</extracomment>
        <translation>不能将输注安排在已过去的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol gives {allowed} infusion session(s) per participant; {subject_code} has them all.</source>
        <extracomment>participants (too_many_sessions)</extracomment>
        <translation>方案规定每位受试者输注 {allowed} 次；{subject_code} 的输注次数已满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is the laboratory&apos;s own code, not ISBT 128: confirm it is the bag&apos;s identifier.</source>
        <extracomment>products (confirm_lab_code)</extracomment>
        <translation>{value} 是细胞实验室自有代码，不是 ISBT 128：请确认它是该输注袋的标识。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the bag&apos;s donation identification number (DIN).</source>
        <extracomment>products (not_a_bag_id)</extracomment>
        <translation>请扫描输注袋的捐献识别号（DIN）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {words} must be a date and time with its zone.</source>
        <extracomment>products (bad_time)</extracomment>
        <translation>{words}须为带时区的日期和时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expiry</source>
        <extracomment>products</extracomment>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preparation time</source>
        <extracomment>products</extracomment>
        <translation>制备时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the lot number from the label.</source>
        <extracomment>products (missing_lot)</extracomment>
        <translation>请输入标签上的批号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight (kg): {weight} kg cannot be right. Type the weight the prescription used ({low:g}–{high:g} kg).</source>
        <extracomment>products (bad_weight_kg)</extracomment>
        <translation>体重（kg）：{weight} kg 不可能正确。请输入处方所用体重（{low:g}–{high:g} kg）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viable cells: {cells} cannot be right. Type the cells the label gives (0 for placebo).</source>
        <extracomment>products (bad_total_viable_cells)</extracomment>
        <translation>活细胞数：{cells} 不可能正确。请输入标签上的细胞数（安慰剂为 0）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume (mL): {volume} cannot be right. Type the volume the label gives.</source>
        <extracomment>products (bad_volume_ml)</extracomment>
        <translation>体积（mL）：{volume} 不可能正确。请输入标签上的体积。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viability (%): {viability} cannot be right. Type a percentage from 0 to 100.</source>
        <extracomment>products (bad_viability_pct)</extracomment>
        <translation>活率（%）：{viability} 不可能正确。请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No product {product_id} was received.</source>
        <extracomment>products (unknown_product)</extracomment>
        <translation>未接收过制剂 {product_id}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bag is quarantined and cannot be released.</source>
        <extracomment>products (quarantined)</extracomment>
        <translation>此输注袋已隔离，不能放行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bag is already released.</source>
        <extracomment>products (already_released)</extracomment>
        <translation>此输注袋已放行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No row of the list can be imported.</source>
        <extracomment>randomization (nothing_to_import)</extracomment>
        <translation>列表中没有可导入的行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the record</source>
        <extracomment>record_print</extracomment>
        <translation>打印记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time must be an ISO 8601 time with its zone.</source>
        <extracomment>session_flow (bad_time)</extracomment>
        <translation>时间须为带时区的 ISO 8601 时间。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Complete the infusion when the bag is empty and the line flushed; otherwise stop it with a reason.</source>
        <extracomment>session_flow (not_finished)</extracomment>
        <translation>输注袋排空且管路冲洗后方可完成输注；否则请填写原因停止输注。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This signature&apos;s meaning must be {words}.</source>
        <extracomment>signing (meaning_not_allowed)</extracomment>
        <translation>此签名的含义须为 {words}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a session the nurse has signed can be countersigned.</source>
        <extracomment>signing (not_signed)</extracomment>
        <translation>只有护士已签名的输注记录才能复签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session is already countersigned.</source>
        <extracomment>signing (already_countersigned)</extracomment>
        <translation>本次输注已复签。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name {username!r} is already taken.</source>
        <extracomment>users (username_taken)</extracomment>
        <translation>用户名 {username!r} 已被使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is already set up for a site.</source>
        <extracomment>users (already_initialized)</extracomment>
        <translation>此数据库已为某中心设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role must be one of: {choices}.</source>
        <extracomment>users (bad_role)</extracomment>
        <translation>角色须为以下之一：{choices}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no user {username!r}.</source>
        <extracomment>users (unknown_user)</extracomment>
        <translation>没有用户 {username!r}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot deactivate yourself.</source>
        <extracomment>users (self_deactivation)</extracomment>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the user is deactivated.</source>
        <extracomment>users (missing_reason)</extracomment>
        <translation>请说明停用该用户的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{username} is already deactivated.</source>
        <extracomment>users (already_inactive)</extracomment>
        <translation>{username} 已停用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time measured must be a time with its zone.</source>
        <extracomment>vitals (bad_measured_at)</extracomment>
        <translation>测量时间须为带时区的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vital signs cannot be added to this session now.</source>
        <extracomment>vitals (session_closed)</extracomment>
        <translation>目前不能向本次输注添加生命体征。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a reason from the protocol&apos;s list: {reasons}.</source>
        <extracomment>vitals (unknown_reason)</extracomment>
        <translation>请从方案列出的原因中选择：{reasons}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{notes}</source>
        <extracomment>vitals (confirm_unusual)</extracomment>
        <translation>{notes}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A set partly taken needs a reason from the list.</source>
        <extracomment>vitals (note_without_reason)</extracomment>
        <translation>部分测量的一组生命体征需要从列表中选择原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record vital signs not taken</source>
        <extracomment>vitals_not_taken</extracomment>
        <translation>记录生命体征未测量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No scheduled set of vital signs is due now.</source>
        <extracomment>vitals_not_taken (no_set_due)</extracomment>
        <translation>现在没有到期的计划生命体征测量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>session {session}</source>
        <extracomment>clashes</extracomment>
        <translation>输注 {session}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>session {number} of {subject}</source>
        <extracomment>clashes</extracomment>
        <translation>{subject} 第 {number} 次输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{event_type} arrived for session {session}, unknown on this laptop.</source>
        <extracomment>clashes</extracomment>
        <translation>收到输注 {session} 的 {event_type}，但本机没有该输注记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session {number} of {subject} is &apos;{state}&apos; on this laptop, but another laptop moved it from &apos;{before}&apos; to &apos;{after}&apos; ({event_type} by {actor}).</source>
        <extracomment>clashes</extracomment>
        <translation>{subject} 第 {number} 次输注在本机的状态为“{state}”，但另一台电脑将其从“{before}”变更为“{after}”（{event_type}，操作人 {actor}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product} is &apos;{state}&apos; on this laptop (for {session}), but another laptop recorded {event_type} by {actor} for {other_session}.</source>
        <extracomment>clashes</extracomment>
        <translation>产品 {product} 在本机的状态为“{state}”（用于{session}），但另一台电脑记录了 {event_type}（操作人 {actor}，用于{other_session}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {product} is &apos;{state}&apos; on this laptop (for {session}), but another laptop recorded {event_type} by {actor}.</source>
        <extracomment>clashes</extracomment>
        <translation>产品 {product} 在本机的状态为“{state}”（用于{session}），但另一台电脑记录了 {event_type}（操作人 {actor}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {product} is &apos;{state}&apos; on this laptop, but another laptop recorded {event_type} by {actor} for {other_session}.</source>
        <extracomment>clashes</extracomment>
        <translation>产品 {product} 在本机的状态为“{state}”，但另一台电脑记录了 {event_type}（操作人 {actor}，用于{other_session}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync server&apos;s copy of this laptop&apos;s events {span} was changed after they were synced: it no longer matches the receipt the server issued on {issued} (hash {receipt}, now {now}). This laptop keeps its own copy and sends nothing until the data manager restores the server&apos;s copy.</source>
        <extracomment>receipt_check</extracomment>
        <translation>同步服务器上本笔记本电脑事件 {span} 的副本在同步后被更改：它与服务器于 {issued} 出具的回执不再一致（哈希 {receipt}，现为 {now}）。本笔记本电脑保留自己的副本，在数据管理员恢复服务器副本之前不再发送任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync server&apos;s copy of laptop {device}&apos;s events {span} was changed after they were synced: it no longer matches the receipt the server issued on {issued} (hash {receipt}, now {now}). Those events are held back here, not applied.</source>
        <extracomment>receipt_check</extracomment>
        <translation>同步服务器上笔记本电脑 {device} 事件 {span} 的副本在同步后被更改：它与服务器于 {issued} 出具的回执不再一致（哈希 {receipt}，现为 {now}）。这些事件在此处被暂扣，未予应用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds a NUL character in {field}, which the server cannot store</source>
        <extracomment>set_aside</extracomment>
        <translation>其 {field} 含有 NUL 字符，服务器无法存储</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its payload holds a NUL character, which the server does not take</source>
        <extracomment>set_aside</extracomment>
        <translation>其内容含有 NUL 字符，服务器不接受</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its payload is not a JSON object</source>
        <extracomment>set_aside</extracomment>
        <translation>其内容不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its payload field {field} is missing or not {kinds}</source>
        <extracomment>set_aside</extracomment>
        <translation>其内容字段 {field} 缺失或不是 {kinds}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{actor} is not a user of site {site}</source>
        <extracomment>set_aside</extracomment>
        <translation>{actor} 不是站点 {site} 的用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it sets up another site than {site}</source>
        <extracomment>set_aside</extracomment>
        <translation>它设立的站点不是 {site}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its {field} is not a date and time</source>
        <extracomment>set_aside</extracomment>
        <translation>其 {field} 不是日期时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused it ({code})</source>
        <extracomment>set_aside</extracomment>
        <translation>服务器拒绝了它（{code}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync server does not know this kind of event ({type}): it is older than this laptop. Update the server (infusion-app server init); the events wait here and go once it knows them.</source>
        <extracomment>set_aside</extracomment>
        <translation>同步服务器不认识这种事件（{type}）：服务器的版本比本机旧。请更新服务器（infusion-app server init）；这些事件会在本机排队等待，服务器认识后即会发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event #{number} ({type}): {problem}</source>
        <extracomment>set_aside</extracomment>
        <translation>事件 #{number}（{type}）：{problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop was shut out of the trial server on {when}: {reason}. What it recorded stays here; the data manager can say more.</source>
        <extracomment>standing</extracomment>
        <translation>本笔记本电脑已于 {when} 被禁止访问试验服务器：{reason}。其记录的内容仍保存在本机；详情请咨询数据管理员。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{event_type} arrived for product {product}, unknown on this laptop.</source>
        <extracomment>clashes</extracomment>
        <translation>收到产品 {product} 的 {event_type}，但本机没有该产品记录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Product {product} is &apos;{state}&apos; on this laptop, but another laptop recorded {event_type} by {actor}.</source>
        <extracomment>clashes</extracomment>
        <translation>产品 {product} 在本机的状态为“{state}”，但另一台电脑记录了 {event_type}（操作人 {actor}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site {site} was set up on both laptops.</source>
        <extracomment>clashes</extracomment>
        <translation>两台电脑都设置了中心 {site}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop is site {site}; another laptop set itself up as site {other_site}.</source>
        <extracomment>clashes</extracomment>
        <translation>本机属于中心 {site}，而另一台电脑将自己设置为中心 {other_site}。</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>No discrepancy {discrepancy_id} is known here.</source>
        <extracomment>discrepancies (unknown_discrepancy)</extracomment>
        <translation>本机没有数据不一致记录 {discrepancy_id}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This discrepancy is already resolved.</source>
        <extracomment>discrepancies (already_resolved)</extracomment>
        <translation>此数据不一致已处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of: {choices}.</source>
        <extracomment>discrepancies (bad_decision)</extracomment>
        <translation>请选择以下之一：{choices}。</translation>
    </message>
</context>
<context>
    <name>MetronomeWidget</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/metronome.py" line="+63"/>
        <source>Metronome pulse</source>
        <translation>节拍器脉冲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metronome rate</source>
        <translation>节拍器速率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slower by 1 drop per minute</source>
        <translation>每分钟减慢 1 滴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster by 1 drop per minute</source>
        <translation>每分钟加快 1 滴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metronome on or off</source>
        <translation>开关节拍器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click sound</source>
        <translation>提示音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click sound on each beat</source>
        <translation>每拍发出提示音</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Set the roller clamp so that each drop falls with the pulse.</source>
        <translation>调节滚轮夹，使每一滴与节拍同步落下。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n /min</source>
        <translation>
            <numerusform>%n 滴/分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One drop every {0:.2f} s (band {1:g}–{2:g}/min)</source>
        <translation>每 {0:.2f} 秒一滴（目标范围 {1:g}–{2:g} 滴/分）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>■  Stop metronome</source>
        <translation>■  停止节拍器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶  Start</source>
        <translation>▶  开始</translation>
    </message>
</context>
<context>
    <name>NotTakenDialog</name>
    <message>
        <location filename="../../infusion_app/ui/vitals/not_taken_dialog.py" line="+37"/>
        <source>Vital signs not taken</source>
        <translation>生命体征未测量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The set due: {0} at {1}.</source>
        <translation>到期的一组：{0}，{1}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No set is due now.</source>
        <translation>现在没有到期的一组。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap why it was not taken. It counts as attempted, not missed; a follow-up set is due in {0} min.</source>
        <translation>请点选未测量的原因。该次计为“已尝试”，而非“漏测”；{0} 分钟后需补测一组。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not taken: {0}</source>
        <translation>未测量：{0}</translation>
    </message>
</context>
<context>
    <name>ObservationPanelWidget</name>
    <message>
        <location filename="../../infusion_app/ui/session/observation_panel.py" line="-119"/>
        <source>Observation</source>
        <translation>观察期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End observation early…</source>
        <translation>提前结束观察…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End observation early</source>
        <translation>提前结束观察</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Observation: {0} of {1} checks left, next {2}</source>
        <translation>观察期：{1} 次检查还剩 {0} 次，下一次 {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Observation ended early by {0} at {1}: {2}</source>
        <translation>观察期已由 {0} 于 {1} 提前结束：{2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observation complete: all {0} checks done.</source>
        <translation>观察期结束：{0} 次检查全部完成。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The session can be signed once the last check is done. You may end observation early with a reason.</source>
        <translation>最后一次检查完成后即可签署本次记录；您也可以说明原因后提前结束观察。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session can be signed once the last check is done, or when an investigator ends observation early with a reason.</source>
        <translation>最后一次检查完成后，或研究者说明原因提前结束观察后，方可签署本次记录。</translation>
    </message>
</context>
<context>
    <name>OnsetEdit</name>
    <message>
        <location filename="../../infusion_app/ui/adverse_events/fields.py" line="+34"/>
        <source>Onset (site time)</source>
        <translation>发生时间（本地时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−5 min</source>
        <translation>−5 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onset 5 minutes earlier</source>
        <translation>发生时间提前 5 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onset now</source>
        <translation>发生时间设为现在</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../infusion_app/ui/session/outcome_panel.py" line="+27"/>
        <source>Result of the check</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide as investigator…</source>
        <translation>以研究者身份决定…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decide as investigator</source>
        <translation>以研究者身份决定</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an investigator can decide. Ask the investigator on duty.</source>
        <translation>只有研究者可以作出决定。请联系值班研究者。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The infusion cannot go ahead</source>
        <translation>不能进行输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If an answer was typed or scanned wrongly, correct it and record it again. Otherwise tell the investigator.</source>
        <translation>如果答案输入或扫描有误，请更正后重新记录；否则请通知研究者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An investigator must decide</source>
        <translation>须由研究者决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>尚未满足</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put it right at the bedside, then answer again.</source>
        <translation>请在床旁纠正后再次回答。</translation>
    </message>
</context>
<context>
    <name>ParticipantCard</name>
    <message>
        <location filename="../../infusion_app/ui/product/bedside_cards.py" line="+24"/>
        <source>Participant</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject code</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>姓名缩写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>输注</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <location filename="../../infusion_app/ui/participants/participants_screen.py" line="+35"/>
        <source>Register a participant…</source>
        <translation>登记受试者…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the randomization list…</source>
        <translation>导入随机化列表…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registered participants</source>
        <translation>已登记的受试者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>consent %s</source>
        <translation>知情同意 %s</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n registered</source>
        <translation>
            <numerusform>已登记 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PregnancyStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/pregnancy.py" line="+19"/>
        <source>Pregnancy test</source>
        <translation>妊娠试验</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A participant who could become pregnant needs a negative test today.</source>
        <translation>有妊娠可能的受试者须在今日妊娠试验结果为阴性。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could the participant become pregnant?</source>
        <translation>受试者是否有妊娠可能？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done today</source>
        <translation>今日未做</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of today&apos;s pregnancy test</source>
        <translation>今日妊娠试验结果</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../../infusion_app/ui/product/look.py" line="+23"/>
        <source>Participant on the label</source>
        <translation>标签上的受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arm on the label</source>
        <translation>标签上的组别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not expired</source>
        <translation>未过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasts past the projected end</source>
        <translation>有效期晚于预计结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time since preparation</source>
        <translation>制备后时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell dose</source>
        <translation>细胞剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viability</source>
        <translation>细胞活率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature on receipt</source>
        <translation>接收时温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Symbol</source>
        <translation>图标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <source>Release checks</source>
        <translation>放行核查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>ProductStates</name>
    <message>
        <location filename="../../infusion_app/ui/domain_words.py" line="+16"/>
        <source>quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified</source>
        <translation>已核对</translation>
    </message>
</context>
<context>
    <name>PumpEntryWidget</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/pump_entry.py" line="+21"/>
        <source>Pump rate in mL per hour</source>
        <translation>输液泵速率（mL/小时）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mL/h</source>
        <translation>mL/h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the pump rate</source>
        <translation>记录输液泵速率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judged band</source>
        <translation>判定范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When a pump runs the bag, type the rate it shows.</source>
        <translation>使用输液泵时，请输入泵上显示的速率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pump rate</source>
        <translation>泵速(&amp;P)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the pump rate in mL/h as a number.</source>
        <translation>请以数字输入泵速（mL/h）。</translation>
    </message>
</context>
<context>
    <name>RandomizationImportDialog</name>
    <message>
        <location filename="../../infusion_app/ui/participants/randomization_import.py" line="+42"/>
        <source>Import the randomization list</source>
        <translation>导入随机化列表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A CSV file with the columns subject_code and arm. Nothing is recorded until you press Import; rejected rows are left out.</source>
        <translation>CSV 文件须含 subject_code 和 arm 两列。点击“导入”前不会记录任何内容；被拒绝的行将不导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose CSV file…</source>
        <translation>选择 CSV 文件…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows to import</source>
        <translation>待导入的行</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Subject code</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠  Rejected rows — these will not be imported</source>
        <translation>⚠  被拒绝的行 — 这些行不会被导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot read %s: %s</source>
        <translation>无法读取 %s：%s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%d row(s) will be imported; %d row(s) are rejected.</source>
        <translation>将导入 %d 行；拒绝 %d 行。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/state_dialogs.py" line="-70"/>
        <location line="+4"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Describe the reason</source>
        <translation>请描述原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed when you choose Other.</source>
        <translation>选择“其他”时必填。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a reason; describe it when it is Other.</source>
        <translation>请选择原因；选择“其他”时请加以描述。</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../infusion_app/ui/domain_words.py" line="-17"/>
        <source>reaction</source>
        <translation>不良反应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occlusion</source>
        <translation>管路堵塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infiltration</source>
        <translation>药液外渗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant&apos;s request</source>
        <translation>受试者要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcription error</source>
        <translation>转录错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong time</source>
        <translation>记录时间有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late information</source>
        <translation>信息延迟获得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source document differs</source>
        <translation>与原始文件不符</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../infusion_app/ui/product/receipt_form.py" line="-225"/>
        <source>Arm on the label</source>
        <translation>标签上的组别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose what the label says…</source>
        <translation>请选择标签所示内容…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bag intact</source>
        <translation>输液袋完好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clumps or leaks</source>
        <translation>无团块、无渗漏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label legible</source>
        <translation>标签清晰可读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected dose</source>
        <translation>预期剂量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan any label code here: DIN, expiry, GS1.</source>
        <translation>在此扫描标签上的任一条码：DIN、有效期、GS1。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participant on label</source>
        <translation>标签上的受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arm on label</source>
        <translation>标签上的组别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIN / bag code</source>
        <translation>DIN / 输液袋编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total viable cells</source>
        <translation>活细胞总数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5.85e7 or 5.85×10^7</source>
        <translation>5.85e7 或 5.85×10^7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viability</source>
        <translation>细胞活率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>输注量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared at</source>
        <translation>制备时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature on receipt</source>
        <translation>接收时温度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan a label code</source>
        <translation>扫描标签条码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan here</source>
        <translation>在此扫描</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scan label</source>
        <translation>扫描标签(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight the prescription used</source>
        <translation>处方所用体重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight used</source>
        <translation>所用体重(&amp;W)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Product code {code} read.</source>
        <translation>已读取产品编码 {code}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the expiry as YYYY-MM-DD HH:MM (site time).</source>
        <translation>请按 YYYY-MM-DD HH:MM 输入有效期（本地时间）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Placebo: the bag holds no cells.</source>
        <translation>安慰剂：袋内不含细胞。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the weight to see the expected dose.</source>
        <translation>输入体重以查看预期剂量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose for {weight} kg: {cells} cells, limit ±{tolerance} %</source>
        <translation>{weight} kg 对应剂量：{cells} 个细胞，允许偏差 ±{tolerance} %</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../infusion_app/ui/product/receipt_screen.py" line="+84"/>
        <source>Participant</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check and receive</source>
        <translation>核查并接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release…</source>
        <translation>放行…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of the receipt</source>
        <translation>接收结果</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Product receipt</source>
        <translation>产品接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participant</source>
        <translation>受试者(&amp;P)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose the participant the bag is for.</source>
        <translation>请选择此输液袋对应的受试者。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The laboratory&apos;s own code</source>
        <translation>细胞实验室自有编码</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quarantined — do not release</source>
        <translation>已隔离 — 不得放行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the bag apart and tell the cell laboratory.</source>
        <translation>请将输液袋单独存放，并通知细胞实验室。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every check passed — received</source>
        <translation>全部核查通过 — 已接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release it with your signature to send it to the ward.</source>
        <translation>请签名放行，以送往病房。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Release of bag {din} (lot {lot}) for {subject}</source>
        <translation>放行输液袋 {din}（批号 {lot}），用于 {subject}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bag may go to the ward for the bedside check by two people.</source>
        <translation>输液袋可送往病房，由两人进行床旁核对。</translation>
    </message>
</context>
<context>
    <name>RecordOutput</name>
    <message>
        <location filename="../../infusion_app/ui/session/record_output.py" line="+19"/>
        <source>PDF source record (*.pdf)</source>
        <translation>PDF 原始记录 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files, in a new folder (*)</source>
        <translation>CSV 文件，存入新文件夹 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FHIR R4 Bundle (*.json)</source>
        <translation>FHIR R4 Bundle (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CDISC ODM 1.3.2 (*.xml)</source>
        <translation>CDISC ODM 1.3.2 (*.xml)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the session record</source>
        <translation>导出本次输注记录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the session record</source>
        <translation>打印本次输注记录</translation>
    </message>
</context>
<context>
    <name>RegisterParticipantDialog</name>
    <message>
        <location filename="../../infusion_app/ui/participants/register_dialog.py" line="+45"/>
        <source>Register a participant</source>
        <translation>登记受试者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No names: the subject code and initials identify the participant.</source>
        <translation>不填写姓名：以受试者编号和姓名缩写识别受试者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subject code</source>
        <translation>受试者编号(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site&apos;s format, e.g. %s</source>
        <translation>本中心格式，例如 %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Initials</source>
        <translation>姓名缩写(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. LXM</source>
        <translation>例如 LXM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year of birth</source>
        <translation>出生年份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1985</source>
        <translation>例如 1985</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consent signed on</source>
        <translation>知情同意签署日期(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Arm</source>
        <translation>组别(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First session</source>
        <translation>首次输注(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: schedules the protocol&apos;s sessions from this day.</source>
        <translation>可选：从这一天起按方案安排各次输注。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>From the randomization list: %s</source>
        <translation>来自随机化列表：%s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the arm (not on the list)</source>
        <translation>请选择组别（不在列表中）</translation>
    </message>
</context>
<context>
    <name>ReleaseCard</name>
    <message>
        <location filename="../../infusion_app/ui/product/bedside_cards.py" line="-19"/>
        <source>Release</source>
        <translation>放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released by</source>
        <translation>放行人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released at</source>
        <translation>放行时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(site time)</source>
        <translation>（本地时间）</translation>
    </message>
</context>
<context>
    <name>RemindersWidget</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/reminders.py" line="+26"/>
        <source>Vital signs reminder</source>
        <translation>生命体征提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recount reminder</source>
        <translation>重新计数提醒</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✔  Vital signs: every set on the schedule is done</source>
        <translation>✔  生命体征：计划中的每一组均已完成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠  VITALS OVERDUE: {0} (due {1}, {2} min late)</source>
        <translation>⚠  生命体征已逾期：{0}（应于 {1} 测量，已晚 {2} 分钟）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◷  Vital signs due now: {0} (overdue at {1})</source>
        <translation>◷  现在应测生命体征：{0}（{1} 后逾期）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next vital signs: {0} at {1} (in {2})</source>
        <translation>下次生命体征：{0}，{1}（{2} 后）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recount: none due</source>
        <translation>重新计数：暂无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>◷  Recount the drip in {0} (at {1})</source>
        <translation>◷  {0} 后重新计数滴速（{1}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠  RECOUNT NOW: the last rate was out of band</source>
        <translation>⚠  请立即重新计数：上次滴速超出目标范围</translation>
    </message>
</context>
<context>
    <name>RescanPanel</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/rescan_panel.py" line="+33"/>
        <source>Bedside check to repeat</source>
        <translation>需重新床旁核对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the bag again…</source>
        <translation>重新扫描输液袋…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the bag again</source>
        <translation>重新扫描输液袋</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../infusion_app/ui/user_dialogs.py" line="-46"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least 10 characters (12 for an administrator); not a common password.</source>
        <translation>至少 10 个字符（管理员至少 12 个）；不能是常用密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../infusion_app/ui/vitals/schedule_panel.py" line="+33"/>
        <location line="+1"/>
        <source>Vital-signs schedule</source>
        <translation>生命体征测量计划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No slot yet: the schedule appears as the session goes on.</source>
        <translation>暂无计划时间点：随输注进行将逐步显示。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>due {0}</source>
        <translation>应于 {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}, due {1}: {2}</source>
        <translation>{0}，应于 {1}：{2}</translation>
    </message>
</context>
<context>
    <name>SessionHost</name>
    <message>
        <location filename="../../infusion_app/ui/session_host.py" line="+61"/>
        <source>Bedside product check…</source>
        <translation>床旁产品核对…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bedside product check</source>
        <translation>床旁产品核对</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+79"/>
        <source>‹ Back to the checklist</source>
        <translation>‹ 返回核查清单</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Back to the checklist</source>
        <translation>返回核查清单</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>‹ Back to the infusion</source>
        <translation>‹ 返回输注</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../infusion_app/ui/settings_dialog.py" line="+20"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system (%s)</source>
        <translation>跟随系统（%s）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Larger text (125 %)</source>
        <translation>大字号（125 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>大字号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These settings are for this laptop only. A new language shows at once on the sign-in screen; while someone is signed in it shows from the next sign-in, so nothing on screen is lost.</source>
        <translation>这些设置仅适用于本机。在登录界面更改语言会立即生效；已登录时将在下次登录后生效，因此屏幕上的内容不会丢失。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark is easier on the eyes at night.</source>
        <translation>夜间使用深色主题更护眼。</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../infusion_app/ui/sign_in_screen.py" line="+38"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use your own account: everything you record is signed with it.</source>
        <translation>请使用您本人的账号：您记录的所有内容都将以此账号签名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../infusion_app/ui/signature_dialog.py" line="+36"/>
        <source>Sign electronically</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your signature is the legally binding equivalent of your handwritten signature. It is linked to this record and cannot be moved to another.</source>
        <translation>您的电子签名与手写签名具有同等法律效力。它与本记录绑定，不能转移到其他记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing</source>
        <translation>签名内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meaning of the signature</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;password</source>
        <translation>您的密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose what your signature means.</source>
        <translation>请选择您签名的含义。</translation>
    </message>
</context>
<context>
    <name>SignatureListWidget</name>
    <message>
        <location filename="../../infusion_app/ui/signature_list.py" line="+25"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not signed yet.</source>
        <translation>尚未签名。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../infusion_app/ui/startup.py" line="+41"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set it aside and restore the newest backup now?</source>
        <translation>现在将其移开并恢复最新备份吗？</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nothing was saved</source>
        <translation>未保存任何内容</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../infusion_app/ui/session/step_indicator.py" line="+28"/>
        <source>Steps of the checklist</source>
        <translation>核查清单步骤</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Step %d, %s: %s</source>
        <translation>第 %d 步，%s：%s</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/base.py" line="+78"/>
        <source>Record answer</source>
        <translation>记录答案</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../infusion_app/ui/session/summary_screen.py" line="+79"/>
        <location line="+119"/>
        <source>Session record</source>
        <translation>输注记录</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>The hash of this record&apos;s latest event. A printed or exported copy carries the digits of the moment it was made; a record changed afterwards cannot match them.</source>
        <translation>本记录最新事件的哈希值。打印或导出的副本带有其生成时的数字；此后被更改的记录无法与之相符。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Begin observation</source>
        <translation>开始观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign (performed)…</source>
        <translation>签名（执行）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countersign (reviewed)…</source>
        <translation>复核签名（审阅）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse event…</source>
        <translation>不良事件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record vitals…</source>
        <translation>记录生命体征…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken…</source>
        <translation>未测量…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to worklist</source>
        <translation>返回工作列表</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Chain head %s</source>
        <translation>链头 %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed and locked</source>
        <translation>已签名并锁定</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent {0} pages to the printer</source>
        <translation>已向打印机发送 {0} 页</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Infusion session record of %s</source>
        <translation>%s 的输注记录</translation>
    </message>
</context>
<context>
    <name>SummarySections</name>
    <message>
        <location filename="../../infusion_app/ui/session/summary_sections.py" line="+44"/>
        <source>Identity</source>
        <translation>身份核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility</source>
        <translation>入选/排除标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy test</source>
        <translation>妊娠试验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight today</source>
        <translation>今日体重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline vital signs</source>
        <translation>基线生命体征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV access</source>
        <translation>静脉通路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop factor</source>
        <translation>滴系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency kit</source>
        <translation>急救箱</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Participant</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-infusion checks</source>
        <translation>输注前核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drip readings</source>
        <translation>滴速读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open alerts</source>
        <translation>未处理的警示</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>session %s</source>
        <translation>第 %s 次输注</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Protocol file: not recorded (scheduled before it was kept)</source>
        <translation>方案文件：未记录（排程时尚未随访视记录）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol file: %s version %s · SHA-256 %s…</source>
        <translation>方案文件：%s 版本 %s · SHA-256 %s…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its text was not kept: judged by version %s, in use now</source>
        <translation>未保存其文本：按当前使用的第 %s 版判断</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bag verified at the bedside.</source>
        <translation>尚无经床旁核对的输液袋。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIN %s · lot %s · released by %s · verified by %s and %s</source>
        <translation>DIN %s · 批号 %s · 放行人 %s · 核对人 %s 和 %s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %s · ended %s · %.0f min running · about %.0f mL of %.0f mL (estimate from counted drops, %s gtt/mL)</source>
        <translation>开始 %s · 结束 %s · 运行 %.0f 分钟 · 约 %.0f mL / %.0f mL（按计数滴数估算，%s 滴/mL）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>infusion start</source>
        <translation>输注开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BACKDATED: %s at %s, recorded %s min later — reason: %s</source>
        <translation>补录：%s（%s），%s 分钟后才记录 — 原因：%s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drop factor: %s gtt/mL nominal (the set) · %s gtt/mL counted</source>
        <translation>滴系数：标称 %s 滴/mL（输液器）· 按 %s 滴/mL 计算</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s gtt/mL observed (drops counted ÷ volume)</source>
        <translation>实测 %s 滴/mL（计数滴数 ÷ 容量）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%s gtt/min</source>
        <translation>%s 滴/分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>BP {0}/{1} · HR {2} · RR {3} · T {4} °C · SpO₂ {5} % · NEWS2 {6}</source>
        <translation>血压 {0}/{1} · 心率 {2} · 呼吸 {3} · 体温 {4} °C · SpO₂ {5} % · NEWS2 {6}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>partly taken: {0}</source>
        <translation>部分测量：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>None recorded during the session (baseline is in the checks).</source>
        <translation>输注期间无记录（基线值见输注前核查）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not taken: {0}</source>
        <translation>未测量：{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>grade %s</source>
        <translation>%s 级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SERIOUS</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NEWS2 {0} at {1}: no one recorded as informed yet</source>
        <translation>NEWS2 {0}（{1}）：尚未记录通知任何人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop criterion met at {0}: {1}</source>
        <translation>{0} 达到停止标准：{1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vital signs overdue: %s</source>
        <translation>生命体征逾期：%s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Vital signs missed: %s</source>
        <translation>漏测生命体征：%s</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Adverse event still open: %s</source>
        <translation>不良事件尚未结束：%s</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../infusion_app/ui/sync_status.py" line="+128"/>
        <source>Synchronisation status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sync: running…</source>
        <translation>同步：进行中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline (no sync server set up)</source>
        <translation>离线（未设置同步服务器）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: running… · %d waiting</source>
        <translation>同步：进行中… · %d 条待上传</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: %s · %d waiting</source>
        <translation>同步：%s · %d 条待上传</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Laptop %s was shut out of the trial server on %s: %s</source>
        <translation>笔记本电脑 %s 已于 %s 被禁止访问试验服务器：%s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s copy of laptop %s&apos;s events was changed after sync: see Discrepancies</source>
        <translation>服务器上笔记本电脑 %s 的事件副本在同步后被更改：请查看“数据差异”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 event could not be sent: %s</source>
        <translation>1 个事件未能发送：%s</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n events could not be sent: %s</source>
        <translation>
            <numerusform>%n 个事件未能发送：%s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TapPadWidget</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/tap_pad.py" line="+48"/>
        <source>TAP
on each drop</source>
        <translation>每滴
点一下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap pad: tap on each drop, or press Space</source>
        <translation>点按板：每落下一滴点一下，或按空格键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live rate</source>
        <translation>实时滴速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taps counted</source>
        <translation>已点按次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live band</source>
        <translation>实时范围判定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap notes</source>
        <translation>点按备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this rate</source>
        <translation>记录此滴速</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the tapped rate</source>
        <translation>记录点按测得的滴速</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the taps</source>
        <translation>清除点按</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Tap on each drop (or press Space). It records by itself after %n taps.</source>
        <translation>
            <numerusform>每落下一滴点一下（或按空格键）。点满 %n 次后自动记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n taps</source>
        <translation>
            <numerusform>已点 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— gtt/min</source>
        <translation>— 滴/分</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tap %n more drops to see the rate</source>
        <translation>
            <numerusform>再点 %n 滴即可显示滴速</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} ± {1} gtt/min</source>
        <translation>{0} ± {1} 滴/分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 missed tap counted</source>
        <translation>已补计 1 次漏点</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missed taps counted</source>
        <translation>
            <numerusform>已补计 %n 次漏点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one doubled tap ignored</source>
        <translation>已忽略 1 次重复点按</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../infusion_app/ui/domain_words.py" line="-37"/>
        <source>Performed — I carried out what this record shows</source>
        <translation>执行 — 本记录所示操作由我执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified — I checked it independently</source>
        <translation>核对 — 我已独立核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed — I reviewed this record</source>
        <translation>审阅 — 我已审阅本记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved — I approve this record</source>
        <translation>批准 — 我批准本记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>姓名缩写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>知情同意日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion start time</source>
        <translation>输注开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusion end time</source>
        <translation>输注结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic BP</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>呼吸频率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <location filename="../../infusion_app/ui/texts.py" line="+29"/>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacist</source>
        <translation>药师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigator</source>
        <translation>研究者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Performed</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Transcription error</source>
        <translation>转录错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong time recorded</source>
        <translation>记录时间有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information arrived late</source>
        <translation>信息延迟获得</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source document differs</source>
        <translation>与原始文件不符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other (describe below)</source>
        <translation>其他（请在下方描述）</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../infusion_app/ui/themes.py" line="+161"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark (night shift)</source>
        <translation>深色（夜班）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>TimedCountWidget</name>
    <message numerus="yes">
        <location filename="../../infusion_app/ui/infusion/timed_count.py" line="+35"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Count for</source>
        <translation>计数时长</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+71"/>
        <source>Start counting</source>
        <translation>开始计数</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Start the countdown</source>
        <translation>开始倒计时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start, then count the drops until it says stop.</source>
        <translation>点击开始，然后数滴数，直到提示停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drops counted</source>
        <translation>计得滴数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the count</source>
        <translation>记录计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judged band</source>
        <translation>判定范围</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Drops counted</source>
        <translation>计得滴数(&amp;D)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Count the drops…</source>
        <translation>请数滴数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop counting. Type the number of drops.</source>
        <translation>停止计数。请输入滴数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the number of drops as a whole number.</source>
        <translation>请以整数输入滴数。</translation>
    </message>
</context>
<context>
    <name>TrailFilterBar</name>
    <message>
        <location filename="../../infusion_app/ui/audit_trail_filters.py" line="+32"/>
        <source>Participant (subject code)</source>
        <translation>受试者（受试者编号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session id</source>
        <translation>输注 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (site time)</source>
        <translation>起始（本地时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (site time)</source>
        <translation>截止（本地时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Participant</source>
        <translation>受试者(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>输注(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>截止(&amp;T)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%s* (all)</source>
        <translation>%s*（全部）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write times as YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>时间请写作 YYYY-MM-DD 或 YYYY-MM-DD HH:MM。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../infusion_app/ui/training.py" line="+41"/>
        <source>TRAINING — not for real participants. Practice data only.</source>
        <translation>培训模式 — 不得用于真实受试者，仅为练习数据。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../infusion_app/ui/unlock_dialog.py" line="+59"/>
        <source>Infusion logger</source>
        <translation>输注记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Use the recovery key…</source>
        <translation>使用恢复密钥…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database was made by an earlier version. It is encrypted at this sign-in; a recovery key is then shown once for the principal investigator to keep.</source>
        <translation>此数据库由旧版本创建，将在本次登录时加密；随后会显示一次恢复密钥，请交由主要研究者保管。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is encrypted: your password opens it.</source>
        <translation>数据库已加密：用您的密码打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The user name or password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Type the recovery key (groups of four letters and digits):</source>
        <translation>输入恢复密钥（每组四个字母或数字）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That recovery key does not open this database.</source>
        <translation>该恢复密钥无法打开此数据库。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write this recovery key down now and give it to the principal investigator, to be kept away from the laptop. It opens the database if every password is lost. It is shown only this once.</source>
        <translation>请立即抄下此恢复密钥并交给主要研究者，存放在远离本电脑的地方。所有密码都丢失时，可用它打开数据库。它只显示这一次。</translation>
    </message>
</context>
<context>
    <name>UpdateOutcomeDialog</name>
    <message>
        <location filename="../../infusion_app/ui/adverse_events/adverse_event_list.py" line="+21"/>
        <source>Update the adverse event</source>
        <translation>更新不良事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save update</source>
        <translation>保存更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>onset</source>
        <translation>发生于</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O&amp;utcome</source>
        <translation>转归(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade</source>
        <translation>分级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../infusion_app/ui/users_model.py" line="+43"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../infusion_app/ui/users_screen.py" line="+43"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last change</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>✓ Added %s.</source>
        <translation>✓ 已添加 %s。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ New password set for %s.</source>
        <translation>✓ 已为 %s 设置新密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Deactivated %s.</source>
        <translation>✓ 已停用 %s。</translation>
    </message>
</context>
<context>
    <name>Vitals</name>
    <message>
        <location filename="../../infusion_app/ui/vitals/look.py" line="+27"/>
        <source>Upcoming</source>
        <translation>未到时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>现在应测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue — measure now</source>
        <translation>已逾期 — 请立即测量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done late</source>
        <translation>延迟完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed (infusion ended)</source>
        <translation>已错过（输注已结束）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly taken</source>
        <translation>部分测量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low–medium</source>
        <translation>低–中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NEWS2 incomplete — {0} of 7 parameters</source>
        <translation>NEWS2 不完整 — 7 项中 {0} 项</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>incomplete ({0} of 7)</source>
        <translation>不完整（7项中{0}项）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least {0} {1}</source>
        <translation>至少 {0} 分，{1}</translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <location filename="../../infusion_app/ui/vitals/chart_panels.py" line="+58"/>
        <source>Blood pressure (mmHg)</source>
        <translation>血压（mmHg）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>systolic</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>diastolic</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Heart rate (/min)</source>
        <translation>心率（次/分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Temperature (°C)</source>
        <translation>体温（°C）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SpO₂ (%, left) and respiratory rate (/min, right)</source>
        <translation>SpO₂（%，左轴）和呼吸频率（次/分，右轴）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SpO₂ %</source>
        <translation>SpO₂ %</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>RR /min</source>
        <translation>呼吸 次/分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drip rate (gtt/min); shaded: target band</source>
        <translation>滴速（滴/分）；阴影：目标范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drip rate</source>
        <translation>滴速</translation>
    </message>
    <message>
        <location filename="../../infusion_app/ui/vitals/chart_hover.py" line="+52"/>
        <source>{0} · {1} min from the start</source>
        <translation>{0} · 自开始 {1} 分钟</translation>
    </message>
</context>
<context>
    <name>VitalsChartWidget</name>
    <message>
        <location filename="../../infusion_app/ui/vitals/vitals_chart.py" line="+60"/>
        <source>Vital signs chart</source>
        <translation>生命体征趋势图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vital signs and drip rate over time</source>
        <translation>生命体征和滴速随时间变化</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart summary</source>
        <translation>图表摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point at the chart to read the clock time.</source>
        <translation>将指针移到图上即可查看时钟时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time under the pointer</source>
        <translation>指针处的时间</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Minutes from the start of the infusion</source>
        <translation>自输注开始的分钟数</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>out of band</source>
        <translation>超出目标范围</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>stop {0} {1:g} {2}</source>
        <translation>停止 {0} {1:g} {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hard limit {0:g}</source>
        <translation>硬限值 {0:g}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Shaded blue: the infusion; grey: paused; green: the target drip band.</source>
        <translation>蓝色阴影：输注期间；灰色：暂停；绿色：目标滴速范围。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The infusion has not started; times are minutes before now.</source>
        <translation>输注尚未开始；时间为距现在之前的分钟数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} sets of vital signs, {1} drip readings.</source>
        <translation>{0} 组生命体征，{1} 次滴速读数。</translation>
    </message>
</context>
<context>
    <name>VitalsDialog</name>
    <message>
        <location filename="../../infusion_app/ui/infusion/vitals_dialog.py" line="+25"/>
        <source>Record vital signs</source>
        <translation>记录生命体征</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partly taken: why</source>
        <translation>部分测量：原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All measured</source>
        <translation>全部已测量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partly taken: note</source>
        <translation>部分测量：备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partly taken? Why:</source>
        <translation>部分测量？原因：</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not on the schedule</source>
        <translation>不在计划内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (late)</source>
        <translation>（延迟）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✔  Recorded: {0}{1}</source>
        <translation>✔  已记录：{0}{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>NEWS2 {0}: {1}</source>
        <translation>NEWS2 {0}：{1}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Stop criterion</source>
        <translation>停止标准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause infusion</source>
        <translation>暂停输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the infusion</source>
        <translation>暂停输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse event…</source>
        <translation>不良事件…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report an adverse event</source>
        <translation>报告不良事件</translation>
    </message>
</context>
<context>
    <name>VitalsForm</name>
    <message>
        <location filename="../../infusion_app/ui/vitals_form.py" line="+62"/>
        <location line="+25"/>
        <source>Consciousness (ACVPU)</source>
        <translation>意识（ACVPU）</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Room air</source>
        <translation>未吸氧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On oxygen</source>
        <translation>吸氧中</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Oxygen</source>
        <translation>吸氧</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Measured at</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−5 min</source>
        <translation>−5 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured 5 minutes earlier</source>
        <translation>测量时间提前 5 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured now</source>
        <translation>测量时间设为现在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Systolic BP</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diastolic BP</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart rate</source>
        <translation>心率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respiratory rate</source>
        <translation>呼吸频率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO₂</source>
        <translation>SpO₂</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Measured at (site time)</source>
        <translation>测量时间（本地时间）</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Unusual values</source>
        <translation>异常值</translation>
    </message>
</context>
<context>
    <name>VitalsTableModel</name>
    <message>
        <location filename="../../infusion_app/ui/vitals/vitals_table.py" line="+52"/>
        <source>Measured</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BP
mmHg</source>
        <translation>血压
mmHg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR
/min</source>
        <translation>心率
次/分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RR
/min</source>
        <translation>呼吸
次/分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temp
°C</source>
        <translation>体温
°C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO₂
%</source>
        <translation>SpO₂
%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not on the schedule</source>
        <translation>不在计划内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} — partly taken: {1}</source>
        <translation>{0} — 部分测量：{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {0} — late</source>
        <translation>⚠ {0} — 延迟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (typed in the pre-infusion checks)</source>
        <translation>（在输注前核查中录入）</translation>
    </message>
</context>
<context>
    <name>VitalsTableWidget</name>
    <message>
        <location line="+15"/>
        <source>Vital signs of this session</source>
        <translation>本次输注的生命体征</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vital signs, oldest first</source>
        <translation>生命体征（按时间先后）</translation>
    </message>
</context>
<context>
    <name>WeightStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/weight.py" line="+24"/>
        <source>Weight today</source>
        <translation>今日体重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weigh the participant today: the dose is calculated from this weight.</source>
        <translation>请今日为受试者称重：剂量将按此体重计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight in kg</source>
        <translation>体重（kg）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 58.5</source>
        <translation>例如 58.5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Prescribed dose</source>
        <translation>处方剂量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Weight</source>
        <translation>体重(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WindowExtras</name>
    <message>
        <location filename="../../infusion_app/ui/window_extras.py" line="-123"/>
        <source>Worklist</source>
        <translation>工作列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pharmacy</source>
        <translation>药房</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrepancies</source>
        <translation>数据差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>稽查轨迹</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../../infusion_app/ui/window_status.py" line="+36"/>
        <source>infusing</source>
        <translation>输注中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VITAL SIGNS OVERDUE</source>
        <translation>生命体征已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next vital signs in %d min</source>
        <translation>%d 分钟后测生命体征</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NEWS2 %d: INFORM (record whom)</source>
        <translation>NEWS2 %d：需通知（记录何人）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RECOUNT DUE</source>
        <translation>需重新计数</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../infusion_app/ui/worklist_model.py" line="+36"/>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>核查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusing</source>
        <translation>输注中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observing</source>
        <translation>观察中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>姓名缩写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arm</source>
        <translation>组别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>NEWS2: inform</source>
        <translation>NEWS2：需通知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>vitals not taken: follow-up due</source>
        <translation>生命体征未测量：需补测</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <location filename="../../infusion_app/ui/worklist_screen.py" line="+83"/>
        <source>Search by subject code, e.g. HPV-001</source>
        <translation>按受试者编号搜索，例如 HPV-001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by subject code</source>
        <translation>按受试者编号搜索</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sessions</source>
        <translation>输注安排</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Today and upcoming</source>
        <translation>今天及以后</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today is %s</source>
        <translation>今天是 %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No session matches “%s”.</source>
        <translation>没有与“%s”匹配的输注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the subject code, or clear the search box.</source>
        <translation>请检查受试者编号，或清空搜索框。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sessions scheduled yet.</source>
        <translation>尚未安排任何输注。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions appear here once an investigator has registered a participant and scheduled an infusion.</source>
        <translation>研究者登记受试者并安排输注后，输注将显示在此处。</translation>
    </message>
</context>
<context>
    <name>YesNoStep</name>
    <message>
        <location filename="../../infusion_app/ui/session/steps/yes_no.py" line="+23"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
</TS>
