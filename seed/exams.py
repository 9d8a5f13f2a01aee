"""Demo exams: question banks for four laws, two exams sat in the past, one open now, and a
practice paper, with the attempts, grades and ledger rows that sitting them left behind.

The banks are written out below (`BANK`), one block per question, read into `QuestionDraft`s,
checked with `check_draft` and created with `import_questions`. Exams are created and published
with the domain's operations, and every attempt is answered (`save_answers`), submitted and
auto-graded (`submit_attempt`) and hand-graded (`grade_answer`) by them too, so scores and the
ledger's EXAM rows are the domain's own. The domain clock (`models.clock.now`) is moved to the
moment each step happened and put back afterwards.

Attempts start with `start_attempt` too, given a draw seed from `random.Random(seed)`, so a seed
and a moment always give the same papers, answers and scores.

How people answer: each person has an ability (unit and person effects); the chance of a right
answer falls with a question's difficulty and rises with the ability, with a guessing floor for
choice questions, so the item statistics (facility, discrimination, alpha) look like a real
exam's. Wrong blanks and all short answers go to the grading queue and are graded by the
`trainer` account after the exam closes (the open exam's most recent ones stay in the queue).
"""

from __future__ import annotations

import heapq
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from tortoise.transactions import in_transaction

from models import clock, exams
from models.assessment import Dimension, ScoreEvent
from models.attempts import AnswerSpec, grade_answer, save_answers, start_attempt, submit_attempt
from models.exams import (
    AttemptQuestion,
    AttemptStatus,
    Exam,
    ExamAttempt,
    ExamPlan,
    GradingMethod,
    PartialCredit,
    Question,
    QuestionCategory,
    ResultRelease,
    RuleSpec,
)
from models.org import Person, PersonCategory, Unit, User
from models.question_import import (
    CHOICE_TYPES,
    TRUE_FALSE_OPTIONS,
    QuestionDraft,
    QuestionType,
    check_draft,
    fill_blank_matches,
)
from models.training import Audience, AudienceMatcher
from seed.names import EMERGENCY_BUREAU, TOWNSHIPS
from seed.training import TRAINER_USERNAME, TRANSPORT_BUREAU

LAWS = ("安全生产法", "行政处罚法", "行政强制法", "道路交通安全法")
MAX_PAST_ATTEMPTS = 300  # per exam sat in the past, so that a county of 5000 seeds quickly
MAX_OPEN_ATTEMPTS = 120
MAX_PRACTICE_PEOPLE = 60

SINGLE = QuestionType.SINGLE_CHOICE
MULTIPLE = QuestionType.MULTIPLE_CHOICE
TRUE_FALSE = QuestionType.TRUE_FALSE
FILL_BLANK = QuestionType.FILL_BLANK
SHORT_ANSWER = QuestionType.SHORT_ANSWER

# --- the question banks ----------------------------------------------------------------------
#
# "# 法" starts a law, "## 第N章 …" a chapter (the category is "法 > 第N章 …"). A question is a
# block: "<type><difficulty> <article>" (type 单 多 判 填 简, difficulty 1-5, the article of the
# reference), the stem ("（）" marks the choice blank, "____" a blank to fill), options "A.…",
# "答：" the key (letters; 对/错; accepted blanks split by |; a model answer whose points are
# split by ；), and "析：" the explanation.

BANK = """
# 安全生产法

## 第一章 总则

单2 第三条
安全生产工作坚持（）的方针。
A.安全第一、预防为主、综合治理
B.安全第一、预防为主、防治结合
C.预防为主、防消结合、综合治理
D.以人为本、安全发展、源头治理
答：A
析：《安全生产法》第三条规定，安全生产工作坚持安全第一、预防为主、综合治理的方针，从源头上防范化解重大安全风险。

单1 第五条
生产经营单位的（）是本单位安全生产第一责任人，对本单位的安全生产工作全面负责。
A.主要负责人
B.分管安全生产的负责人
C.安全生产管理机构负责人
D.专职安全生产管理人员
答：A
析：第五条规定，生产经营单位的主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作全面负责；其他负责人对职责范围内的安全生产工作负责。

单2 第十条
县级以上地方各级人民政府（）依照《安全生产法》，对本行政区域内安全生产工作实施综合监督管理。
A.应急管理部门
B.安全生产委员会办公室
C.住房和城乡建设主管部门
D.公安机关
答：A
析：第十条第一款规定，县级以上地方各级人民政府应急管理部门对本行政区域内安全生产工作实施综合监督管理。

多3 第三条
安全生产工作实行（），强化和落实生产经营单位主体责任与政府监管责任。
A.管行业必须管安全
B.管业务必须管安全
C.管生产经营必须管安全
D.谁审批谁负责安全
答：ABC
析：第三条第三款规定了“三个必须”：管行业必须管安全、管业务必须管安全、管生产经营必须管安全。

填2 第三条
安全生产工作应当以人为本，坚持人民至上、____，把保护人民生命安全摆在首位，树牢安全发展理念。
答：生命至上
析：第三条第二款规定，安全生产工作应当以人为本，坚持人民至上、生命至上，把保护人民生命安全摆在首位。

判2 第四条
平台经济等新兴行业、领域的生产经营单位不适用《安全生产法》关于全员安全生产责任制的规定。
答：错
析：第四条第二款规定，平台经济等新兴行业、领域的生产经营单位应当根据本行业、领域的特点，建立健全并落实全员安全生产责任制，加强从业人员安全生产教育和培训。

判2 第九条
乡镇人民政府和街道办事处不承担安全生产监督管理方面的职责，相关工作全部由县级部门负责。
答：错
析：第九条第二款规定，乡镇人民政府和街道办事处应当明确负责安全生产监督管理的有关工作机构及其职责，按照职责对本行政区域内生产经营单位安全生产状况进行监督检查。

## 第二章 生产经营单位的安全生产保障

多3 第二十一条
下列属于生产经营单位主要负责人安全生产职责的有（）。
A.组织制定并实施本单位安全生产教育和培训计划
B.保证本单位安全生产投入的有效实施
C.及时、如实报告生产安全事故
D.对本行政区域内其他生产经营单位的安全生产状况进行监督检查
E.组织制定并实施本单位的生产安全事故应急救援预案
答：ABCE
析：第二十一条规定了主要负责人的七项职责；对其他生产经营单位进行监督检查是负有安全生产监督管理职责的部门的职权，不是企业主要负责人的职责。

单3 第二十四条
矿山、金属冶炼、建筑施工、运输单位和危险物品的生产、经营、储存、装卸单位以外的其他生产经营单位，从业人员超过（）人的，应当设置安全生产管理机构或者配备专职安全生产管理人员。
A.五十
B.一百
C.三百
D.五百
答：B
析：第二十四条第二款规定，其他生产经营单位从业人员超过一百人的，应当设置安全生产管理机构或者配备专职安全生产管理人员；一百人以下的，应当配备专职或者兼职的安全生产管理人员。

判3 第二十四条
建筑施工单位从业人员不足一百人的，可以只配备兼职的安全生产管理人员。
答：错
析：第二十四条第一款规定，矿山、金属冶炼、建筑施工、运输单位和危险物品的生产、经营、储存、装卸单位，无论规模大小，都应当设置安全生产管理机构或者配备专职安全生产管理人员。

单1 第二十八条
未经安全生产教育和培训合格的从业人员，（）。
A.不得上岗作业
B.可以在老师傅带领下上岗作业
C.试用期内可以上岗作业
D.经主要负责人同意后可以上岗作业
答：A
析：第二十八条第一款规定，未经安全生产教育和培训合格的从业人员，不得上岗作业。

单2 第三十条
生产经营单位的特种作业人员必须按照国家有关规定经专门的安全作业培训，（），方可上岗作业。
A.取得相应资格
B.经本单位内部考试合格
C.签订安全生产承诺书
D.跟班学习满三个月
答：A
析：第三十条第一款规定，特种作业人员必须按照国家有关规定经专门的安全作业培训，取得相应资格，方可上岗作业。

填2 第三十一条
生产经营单位新建、改建、扩建工程项目的安全设施，必须与主体工程同时设计、同时施工、____。
答：同时投入生产和使用|同时投入生产使用
析：第三十一条规定了安全设施“三同时”制度，安全设施投资应当纳入建设项目概算。

单3 第三十六条
餐饮等行业的生产经营单位使用燃气的，应当（），并保障其正常使用。
A.安装可燃气体报警装置
B.配备专职安全生产管理人员
C.每月委托安全评价机构检测一次
D.投保安全生产责任保险
答：A
析：第三十六条第四款规定，餐饮等行业的生产经营单位使用燃气的，应当安装可燃气体报警装置，并保障其正常使用。

判2 第四十二条
生产、经营、储存、使用危险物品的仓库，只要配备了足够的灭火器材，就可以与员工宿舍设在同一座建筑物内。
答：错
析：第四十二条第一款规定，生产、经营、储存、使用危险物品的车间、商店、仓库不得与员工宿舍在同一座建筑物内，并应当与员工宿舍保持安全距离。

多4 第四十一条
关于生产安全事故隐患排查治理，下列说法符合《安全生产法》规定的有（）。
A.生产经营单位应当建立健全并落实生产安全事故隐患排查治理制度
B.应当采取技术、管理措施，及时发现并消除事故隐患
C.事故隐患排查治理情况应当如实记录，并向从业人员通报
D.重大事故隐患排查治理情况应当及时向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告
E.所有事故隐患均须报应急管理部门批准后方可整改
答：ABCD
析：第四十一条第二款规定了隐患排查治理制度、如实记录和通报、重大事故隐患报告等要求；整改隐患无须事先报批。

判3 第五十一条
国家鼓励生产经营单位投保安全生产责任保险；属于国家规定的高危行业、领域的生产经营单位，应当投保安全生产责任保险。
答：对
析：第五十一条第二款作此规定，高危行业、领域的安全生产责任保险是强制性的。

单4 第二十七条
危险物品的生产、经营、储存、装卸单位以及矿山、金属冶炼、建筑施工、运输单位的主要负责人和安全生产管理人员，应当由（）对其安全生产知识和管理能力考核合格。
A.主管的负有安全生产监督管理职责的部门
B.本单位安全生产管理机构
C.所在地行业协会
D.人力资源和社会保障部门
答：A
析：第二十七条第二款规定，上述人员应当由主管的负有安全生产监督管理职责的部门对其安全生产知识和管理能力考核合格，考核不得收费。

## 第三章 从业人员的安全生产权利义务

多2 第五十三条至第五十五条
依照《安全生产法》，从业人员享有的安全生产权利包括（）。
A.了解其作业场所和工作岗位存在的危险因素、防范措施及事故应急措施
B.拒绝违章指挥和强令冒险作业
C.发现直接危及人身安全的紧急情况时，停止作业或者在采取可能的应急措施后撤离作业场所
D.自行修改本单位的安全生产操作规程
答：ABC
析：第五十三条规定了知情权和建议权，第五十四条规定了批评、检举、控告权和拒绝权，第五十五条规定了紧急避险权；修改操作规程不属于从业人员的法定权利。

判2 第五十二条
生产经营单位与从业人员订立协议，约定发生生产安全事故伤亡由从业人员自行承担责任的，该约定有效。
答：错
析：第五十二条第二款规定，生产经营单位不得以任何形式与从业人员订立协议，免除或者减轻其对从业人员因生产安全事故伤亡依法应承担的责任。

单2 第五十五条
从业人员发现直接危及人身安全的紧急情况时，有权（）。
A.停止作业或者在采取可能的应急措施后撤离作业场所
B.先向主要负责人书面请示，经批准后撤离
C.坚持完成当班任务后再撤离
D.要求单位立即支付危险作业补贴
答：A
析：第五十五条第一款规定了从业人员的紧急避险权；生产经营单位不得因此降低其工资、福利等待遇或者解除劳动合同。

判2 第五十四条
生产经营单位不得因从业人员拒绝违章指挥、强令冒险作业而降低其工资、福利等待遇或者解除与其订立的劳动合同。
答：对
析：第五十四条第二款作此规定，保护从业人员依法行使拒绝权。

填3 第五十九条
从业人员发现事故隐患或者其他不安全因素，应当____向现场安全生产管理人员或者本单位负责人报告；接到报告的人员应当及时予以处理。
答：立即
析：第五十九条规定了从业人员的事故隐患报告义务。

简4 第五十七条至第五十九条
简述《安全生产法》规定的从业人员的安全生产义务。
答：严格落实岗位安全责任，遵守本单位的安全生产规章制度和操作规程，服从管理；正确佩戴和使用劳动防护用品；接受安全生产教育和培训，掌握本职工作所需的安全生产知识，提高安全生产技能；发现事故隐患或者其他不安全因素，立即向现场安全生产管理人员或者本单位负责人报告
析：第五十七条至第五十九条规定了从业人员的三类义务：遵章守规服从管理、接受教育培训、报告事故隐患。答出主要内容即可得满分。

## 第四章 安全生产的监督管理

多3 第六十五条
应急管理部门依法开展安全生产行政执法工作时，可以行使的职权有（）。
A.进入生产经营单位进行检查，调阅有关资料，向有关单位和人员了解情况
B.对检查中发现的安全生产违法行为，当场予以纠正或者要求限期改正
C.重大事故隐患排除前或者排除过程中无法保证安全的，责令从危险区域内撤出作业人员
D.对违法生产、储存、使用、经营危险物品的作业场所予以查封
E.对拒不改正的生产经营单位主要负责人直接处以行政拘留
答：ABCD
析：第六十五条规定了现场检查、当场纠正、责令撤出人员和暂时停产停业、查封扣押等职权；行政拘留只能由公安机关决定。

单2 第六十七条
安全生产监督检查人员执行监督检查任务时，必须（）。
A.出示有效的行政执法证件
B.提前三日书面通知被检查单位
C.由被检查单位主要负责人全程陪同
D.邀请工会代表到场
答：A
析：第六十七条第二款规定，安全生产监督检查人员执行监督检查任务时，必须出示有效的行政执法证件；对涉及被检查单位的技术秘密和业务秘密，应当为其保密。

判3 第六十八条
被检查单位的负责人拒绝在检查记录上签字的，检查人员应当将情况记录在案，并向负有安全生产监督管理职责的部门报告。
答：对
析：第六十八条规定，检查情况应当作出书面记录，由检查人员和被检查单位的负责人签字；负责人拒绝签字的，记录在案并报告。

单4 第七十条
生产经营单位拒不执行停产停业决定，有发生生产安全事故的现实危险的，在保证安全的前提下，经（）批准，负有安全生产监督管理职责的部门可以采取通知有关单位停止供电等措施。
A.本部门主要负责人
B.本级人民政府
C.上一级主管部门
D.人民法院
答：A
析：第七十条第一款规定，经本部门主要负责人批准，可以采取通知有关单位停止供电、停止供应民用爆炸物品等措施；第二款规定，除有危及生产安全的紧急情形外，应当提前二十四小时通知生产经营单位。

## 第五章 生产安全事故的应急救援与调查处理

单2 第八十三条
生产经营单位发生生产安全事故后，事故现场有关人员应当（）。
A.立即报告本单位负责人
B.立即报告县级人民政府
C.先保护现场，待事故调查组到达后再报告
D.立即向新闻媒体通报
答：A
析：第八十三条规定，事故现场有关人员应当立即报告本单位负责人；单位负责人应当迅速组织抢救，并立即如实报告当地负有安全生产监督管理职责的部门。

判3 第八十二条
生产经营规模较小的危险物品生产单位，可以不建立应急救援组织，但应当指定兼职的应急救援人员。
答：对
析：第八十二条第一款规定，危险物品的生产、经营、储存单位等应当建立应急救援组织；生产经营规模较小的，可以不建立应急救援组织，但应当指定兼职的应急救援人员。

## 第六章 法律责任

单4 第九十五条
生产经营单位的主要负责人未履行安全生产管理职责，导致发生一般事故的，由应急管理部门处上一年年收入（）的罚款。
A.百分之四十
B.百分之六十
C.百分之八十
D.百分之一百
答：A
析：第九十五条规定，发生一般事故、较大事故、重大事故、特别重大事故的，分别处上一年年收入百分之四十、百分之六十、百分之八十、百分之一百的罚款。

单5 第一百一十四条
发生较大生产安全事故的，由应急管理部门对负有责任的生产经营单位处（）的罚款。
A.三十万元以上一百万元以下
B.一百万元以上二百万元以下
C.二百万元以上一千万元以下
D.一千万元以上二千万元以下
答：B
析：第一百一十四条第一款规定，一般事故处三十万元以上一百万元以下，较大事故处一百万元以上二百万元以下，重大事故处二百万元以上一千万元以下，特别重大事故处一千万元以上二千万元以下的罚款。

判4 第一百一十二条
生产经营单位被责令改正且受到罚款处罚，拒不改正的，负有安全生产监督管理职责的部门可以自作出责令改正之日的次日起，按照原处罚数额按日连续处罚。
答：对
析：第一百一十二条规定了按日连续处罚制度，是2021年修改时新增的内容。

填5 第一百一十四条
发生生产安全事故，情节特别严重、影响特别恶劣的，应急管理部门可以按照法定罚款数额的____对负有责任的生产经营单位处以罚款。
答：二倍以上五倍以下|2倍以上5倍以下
析：第一百一十四条第二款规定，情节特别严重、影响特别恶劣的，可以按照前款罚款数额的二倍以上五倍以下处以罚款。

简5 第九十四条
简述生产经营单位的主要负责人未履行《安全生产法》规定的安全生产管理职责应当承担的法律责任。
答：责令限期改正，处二万元以上五万元以下的罚款；逾期未改正的，处五万元以上十万元以下的罚款，责令生产经营单位停产停业整顿；导致发生生产安全事故的，给予撤职处分，构成犯罪的依法追究刑事责任；受刑事处罚或者撤职处分的，五年内不得担任任何生产经营单位的主要负责人；对重大、特别重大生产安全事故负有责任的，终身不得担任本行业生产经营单位的主要负责人
析：第九十四条规定了罚款、停产停业整顿、撤职、刑事责任和从业禁止。答出罚款档次和从业禁止即可得大部分分数。

# 行政处罚法

## 第一章 总则

单2 第二条
行政处罚是指行政机关依法对违反行政管理秩序的公民、法人或者其他组织，以（）的方式予以惩戒的行为。
A.减损权益或者增加义务
B.限制人身自由
C.强制履行义务
D.暂时性控制财物
答：A
析：第二条是2021年修订时新增的行政处罚定义。

判2 第五条
对违法行为给予行政处罚的规定必须公布；未经公布的，不得作为行政处罚的依据。
答：对
析：第五条第三款规定了处罚公开原则。

## 第二章 行政处罚的种类和设定

多3 第九条
下列属于《行政处罚法》规定的行政处罚种类的有（）。
A.通报批评
B.没收违法所得
C.降低资质等级
D.限制从业
E.责令改正
答：ABCD
析：第九条列举了警告、通报批评，罚款、没收违法所得、没收非法财物，暂扣许可证件、降低资质等级、吊销许可证件，限制开展生产经营活动、责令停产停业、责令关闭、限制从业，行政拘留等；责令改正是第二十八条规定的要求，不是行政处罚。

单2 第十条
限制人身自由的行政处罚，只能由（）设定。
A.法律
B.行政法规
C.地方性法规
D.部门规章
答：A
析：第十条第二款规定，限制人身自由的行政处罚，只能由法律设定。

单4 第十二条
地方性法规可以设定除限制人身自由、（）以外的行政处罚。
A.吊销营业执照
B.责令停产停业
C.没收非法财物
D.降低资质等级
答：A
析：第十二条第一款规定，地方性法规可以设定除限制人身自由、吊销营业执照以外的行政处罚。

判3 第十六条
县级人民政府制定的规范性文件可以设定警告、通报批评的行政处罚。
答：错
析：第十六条规定，除法律、法规、规章外，其他规范性文件不得设定行政处罚。

## 第三章 行政处罚的实施机关

单3 第十八条
限制人身自由的行政处罚权只能由（）和法律规定的其他机关行使。
A.公安机关
B.综合行政执法部门
C.应急管理部门
D.人民法院
答：A
析：第十八条第三款规定，限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使。

判2 第二十条
受委托组织在委托范围内，可以以自己的名义实施行政处罚。
答：错
析：第二十条规定，受委托组织在委托范围内，以委托行政机关名义实施行政处罚，不得再委托其他组织或者个人实施行政处罚。

## 第四章 行政处罚的管辖和适用

单2 第二十二条
行政处罚由（）的行政机关管辖；法律、行政法规、部门规章另有规定的，从其规定。
A.违法行为发生地
B.当事人住所地
C.违法结果发生地
D.最先发现违法行为
答：A
析：第二十二条规定，行政处罚由违法行为发生地的行政机关管辖。

判3 第二十四条
省、自治区、直辖市根据当地实际情况，可以决定将基层管理迫切需要的县级人民政府部门的行政处罚权交由能够有效承接的乡镇人民政府、街道办事处行使。
答：对
析：第二十四条第一款作此规定，这是乡镇综合行政执法的法律依据，决定应当公布，并定期组织评估。

单2 第二十九条
对当事人的同一个违法行为，不得给予（）以上罚款的行政处罚。
A.两次
B.三次
C.四次
D.五次
答：A
析：第二十九条规定了“一事不二罚”：同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚。

多3 第三十二条
当事人有下列情形之一，应当从轻或者减轻行政处罚的有（）。
A.主动消除或者减轻违法行为危害后果的
B.受他人胁迫或者诱骗实施违法行为的
C.主动供述行政机关尚未掌握的违法行为的
D.配合行政机关查处违法行为有立功表现的
E.初次违法且危害后果轻微并及时改正的
答：ABCD
析：第三十二条规定了应当从轻或者减轻处罚的情形；初次违法且危害后果轻微并及时改正的，依照第三十三条可以不予行政处罚。

判3 第三十条
已满十四周岁不满十八周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教。
答：错
析：第三十条规定，不满十四周岁的未成年人有违法行为的，不予行政处罚；已满十四周岁不满十八周岁的，应当从轻或者减轻行政处罚。

单3 第三十三条
初次违法且危害后果轻微并及时改正的，（）。
A.可以不予行政处罚
B.应当不予行政处罚
C.应当从轻行政处罚
D.应当减轻行政处罚
答：A
析：第三十三条第一款规定，初次违法且危害后果轻微并及时改正的，可以不予行政处罚。

填3 第三十六条
违法行为在____内未被发现的，不再给予行政处罚；法律另有规定的除外。
答：二年|两年
析：第三十六条第一款规定了一般追责时效为二年，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。

填4 第三十六条
违法行为涉及公民生命健康安全、金融安全且有危害后果的，追责时效延长至____。
答：五年|5年
析：第三十六条第一款规定，涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。

单4 第三十七条
作出行政处罚决定时，法律、法规、规章已被修改，且新的规定处罚较轻的，（）。
A.适用新的规定
B.适用违法行为发生时的规定
C.由当事人选择适用
D.报上一级行政机关决定
答：A
析：第三十七条规定了“从旧兼从轻”原则：原则上适用违法行为发生时的规定，新的规定处罚较轻或者不认为是违法的，适用新的规定。

## 第五章 行政处罚的决定

单1 第四十二条
行政处罚应当由具有行政执法资格的执法人员实施，执法人员不得少于（），法律另有规定的除外。
A.一人
B.两人
C.三人
D.五人
答：B
析：第四十二条第一款规定，执法人员不得少于两人，法律另有规定的除外。

多3 第四十六条
下列属于《行政处罚法》规定的证据种类的有（）。
A.电子数据
B.视听资料
C.鉴定意见
D.勘验笔录、现场笔录
E.执法人员的内心确信
答：ABCD
析：第四十六条第一款规定的证据包括书证、物证、视听资料、电子数据、证人证言、当事人的陈述、鉴定意见、勘验笔录和现场笔录。

单3 第五十一条
违法事实确凿并有法定依据，对公民处以（）以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。
A.二百元
B.五十元
C.五百元
D.一千元
答：A
析：第五十一条规定，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的，可以适用简易程序当场作出决定。

填3 第五十一条
适用简易程序，对法人或者其他组织处以____元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。
答：三千|3000
析：第五十一条规定，对法人或者其他组织的当场处罚限额为三千元。

单4 第五十六条
在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存，并应当在（）内及时作出处理决定。
A.七日
B.三日
C.十五日
D.三十日
答：A
析：第五十六条规定，先行登记保存的，应当在七日内及时作出处理决定，在此期间当事人或者有关人员不得销毁或者转移证据。

多4 第五十八条
在行政机关负责人作出行政处罚决定之前，应当由从事行政处罚决定法制审核的人员进行法制审核的情形有（）。
A.涉及重大公共利益的
B.直接关系当事人或者第三人重大权益，经过听证程序的
C.案件情况疑难复杂、涉及多个法律关系的
D.适用简易程序当场作出的
答：ABC
析：第五十八条第一款规定了应当进行法制审核的情形；未经法制审核或者审核未通过的，不得作出决定。

判2 第四十五条
行政机关不得因当事人陈述、申辩而给予更重的处罚。
答：对
析：第四十五条第二款作此规定，保障当事人敢于陈述、申辩。

判3 第六十三条
当事人要求听证的，应当承担行政机关组织听证的费用。
答：错
析：第六十三条第二款规定，当事人不承担行政机关组织听证的费用。

多4 第六十三条
行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证权利的有（）。
A.较大数额罚款
B.降低资质等级、吊销许可证件
C.责令停产停业、责令关闭、限制从业
D.警告
答：ABC
析：第六十三条第一款列举了应当告知听证权利的情形，警告不在其列。

单3 第六十四条
当事人要求听证的，应当在行政机关告知后（）内提出。
A.五日
B.三日
C.七日
D.十日
答：A
析：第六十四条规定，当事人要求听证的，应当在行政机关告知后五日内提出；行政机关应当在举行听证的七日前通知当事人。

简4 第四十四条、第四十五条
简述行政机关在作出行政处罚决定之前应当履行的告知义务以及当事人的陈述、申辩权。
答：应当告知当事人拟作出的行政处罚内容及事实、理由、依据；告知当事人依法享有的陈述、申辩、要求听证等权利；当事人有权进行陈述和申辩，行政机关必须充分听取当事人的意见，对当事人提出的事实、理由和证据进行复核，成立的应当采纳；行政机关不得因当事人陈述、申辩而给予更重的处罚
析：第四十四条规定了告知义务，第四十五条规定了陈述、申辩权；未告知或者拒绝听取陈述、申辩的，依照第六十二条不得作出行政处罚决定。

简3 第三十条、第三十一条、第三十三条、第三十六条
简述依照《行政处罚法》不予行政处罚的主要情形。
答：不满十四周岁的未成年人有违法行为的；精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的；违法行为轻微并及时改正，没有造成危害后果的；当事人有证据足以证明没有主观过错的；违法行为超过追责时效未被发现的
析：此外，初次违法且危害后果轻微并及时改正的，可以不予行政处罚。依法不予处罚的，行政机关应当对当事人进行教育。

## 第六章 行政处罚的执行

单2 第六十六条
当事人应当自收到行政处罚决定书之日起（）内，到指定的银行或者通过电子支付系统缴纳罚款。
A.十五日
B.七日
C.三十日
D.六十日
答：A
析：第六十六条第一款规定了十五日的缴纳期限；确有经济困难的，经申请和批准可以暂缓或者分期缴纳。

单3 第六十八条
依照简易程序当场作出行政处罚决定，依法给予（）以下罚款的，执法人员可以当场收缴罚款。
A.一百元
B.二百元
C.五十元
D.五百元
答：A
析：第六十八条规定，依法给予一百元以下罚款的，或者不当场收缴事后难以执行的，可以当场收缴罚款。

判4 第七十二条
当事人到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。
答：对
析：第七十二条第一款第一项作此规定。

判3 第七十三条
当事人对行政处罚决定不服申请行政复议或者提起行政诉讼的，行政处罚停止执行。
答：错
析：第七十三条第一款规定，行政处罚不停止执行，法律另有规定的除外。

# 行政强制法

## 第一章 总则

单2 第二条
行政机关在行政管理过程中，为制止违法行为、防止证据损毁、避免危害发生、控制危险扩大等情形，依法对公民的人身自由实施暂时性限制，或者对财物实施暂时性控制的行为，称为（）。
A.行政强制措施
B.行政强制执行
C.行政处罚
D.行政许可
答：A
析：第二条第二款规定了行政强制措施的定义；行政强制执行是对不履行行政决定的当事人依法强制履行义务的行为。

判2 第五条
采用非强制手段可以达到行政管理目的的，不得设定和实施行政强制。
答：对
析：第五条规定了行政强制的适当原则。

多3 第八条
公民、法人或者其他组织对行政机关实施行政强制，依法享有的权利有（）。
A.陈述权、申辩权
B.依法申请行政复议或者提起行政诉讼
C.因行政机关违法实施行政强制受到损害的，依法要求赔偿
D.拒绝接受一切行政强制
答：ABC
析：第八条第一款规定了当事人的陈述权、申辩权、复议和诉讼权以及赔偿请求权。

## 第二章 行政强制的种类和设定

多2 第九条
下列属于行政强制措施种类的有（）。
A.限制公民人身自由
B.查封场所、设施或者财物
C.扣押财物
D.冻结存款、汇款
E.加处罚款
答：ABCD
析：第九条规定了行政强制措施的种类；加处罚款属于第十二条规定的行政强制执行方式。

多3 第十二条
下列属于行政强制执行方式的有（）。
A.加处罚款或者滞纳金
B.划拨存款、汇款
C.排除妨碍、恢复原状
D.代履行
E.扣押财物
答：ABCD
析：第十二条规定了行政强制执行的方式，还包括拍卖或者依法处理查封、扣押的场所、设施或者财物；扣押财物属于行政强制措施。

单4 第十条
尚未制定法律、行政法规，且属于地方性事务的，地方性法规可以设定的行政强制措施是（）。
A.查封场所、设施或者财物，扣押财物
B.限制公民人身自由
C.冻结存款、汇款
D.以上全部
答：A
析：第十条第三款规定，地方性法规可以设定本法第九条第二项、第三项的行政强制措施，即查封和扣押。

判3 第十条
法律、法规以外的其他规范性文件不得设定行政强制措施。
答：对
析：第十条第四款作此规定。

单2 第十三条
法律没有规定行政机关强制执行的，作出行政决定的行政机关应当（）。
A.申请人民法院强制执行
B.自行强制执行
C.报请本级人民政府强制执行
D.委托其他行政机关强制执行
答：A
析：第十三条第二款作此规定；行政强制执行由法律设定。

## 第三章 行政强制措施实施程序

判2 第十七条
行政强制措施权可以委托给符合条件的组织行使。
答：错
析：第十七条规定，行政强制措施权不得委托；行政强制措施应当由行政机关具备资格的行政执法人员实施，其他人员不得实施。

单1 第十八条
行政机关实施行政强制措施，应当由（）以上行政执法人员实施。
A.两名
B.三名
C.一名
D.五名
答：A
析：第十八条第二项规定，由两名以上行政执法人员实施。

多3 第十八条
行政机关实施行政强制措施应当遵守的程序有（）。
A.实施前须向行政机关负责人报告并经批准
B.出示执法身份证件
C.通知当事人到场
D.制作现场笔录
E.当事人不到场的，可以不制作现场笔录
答：ABCD
析：第十八条规定了实施行政强制措施的一般程序；当事人不到场的，应当邀请见证人到场，由见证人和行政执法人员在现场笔录上签名或者盖章。

填3 第十九条
情况紧急，需要当场实施行政强制措施的，行政执法人员应当在____小时内向行政机关负责人报告，并补办批准手续。
答：二十四|24
析：第十九条规定，行政机关负责人认为不应当采取行政强制措施的，应当立即解除。

判3 第十八条
实施行政强制措施时当事人不到场的，邀请见证人到场，由见证人和行政执法人员在现场笔录上签名或者盖章。
答：对
析：第十八条第九项作此规定。

单3 第二十三条
查封、扣押限于涉案的场所、设施或者财物，不得查封、扣押公民个人及其所扶养家属的（）。
A.生活必需品
B.交通工具
C.银行存款
D.贵重物品
答：A
析：第二十三条第一款规定，不得查封、扣押与违法行为无关的场所、设施或者财物，不得查封、扣押公民个人及其所扶养家属的生活必需品。

单3 第二十五条
查封、扣押的期限不得超过（）日；情况复杂的，经行政机关负责人批准，可以延长，但是延长期限不得超过三十日。
A.三十
B.十五
C.六十
D.九十
答：A
析：第二十五条第一款规定了查封、扣押的期限，法律、行政法规另有规定的除外。

判3 第二十五条
对物品需要进行检测、检验、检疫或者技术鉴定的，查封、扣押的期间不包括检测、检验、检疫或者技术鉴定的期间。
答：对
析：第二十五条第三款作此规定，检测、检验、检疫或者技术鉴定的期间应当明确，并书面告知当事人，费用由行政机关承担。

判2 第二十六条
因查封、扣押发生的保管费用由当事人承担。
答：错
析：第二十六条第三款规定，因查封、扣押发生的保管费用由行政机关承担。

判4 第二十三条
当事人的场所、设施或者财物已被其他国家机关依法查封的，行政机关可以再次查封。
答：错
析：第二十三条第二款规定，已被其他国家机关依法查封的，不得重复查封。

单4 第二十九条
冻结存款、汇款应当由（）规定的行政机关实施，不得委托给其他行政机关或者组织。
A.法律
B.法律、行政法规
C.法律、法规
D.法律、法规、规章
答：A
析：第二十九条规定，冻结存款、汇款应当由法律规定的行政机关实施，其他任何行政机关或者组织不得冻结存款、汇款。

多4 第二十八条
有下列情形之一的，行政机关应当及时作出解除查封、扣押决定的有（）。
A.当事人没有违法行为
B.查封、扣押的场所、设施或者财物与违法行为无关
C.行政机关对违法行为已经作出处理决定，不再需要查封、扣押
D.查封、扣押期限已经届满
E.当事人对查封、扣押提出异议
答：ABCD
析：第二十八条第一款规定了应当解除查封、扣押的情形；当事人提出异议不是解除的法定情形。

单3 第二十四条
行政机关决定实施查封、扣押的，应当制作并当场交付查封、扣押决定书和清单。查封、扣押清单一式（），由当事人和行政机关分别保存。
A.二份
B.三份
C.四份
D.一份
答：A
析：第二十四条规定，查封、扣押清单一式二份，由当事人和行政机关分别保存。

简4 第十八条
简述行政机关实施行政强制措施应当遵守的一般程序。
答：实施前须向行政机关负责人报告并经批准；由两名以上行政执法人员实施；出示执法身份证件；通知当事人到场；当场告知当事人采取行政强制措施的理由、依据以及当事人依法享有的权利、救济途径；听取当事人的陈述和申辩；制作现场笔录；现场笔录由当事人和行政执法人员签名或者盖章，当事人拒绝的在笔录中予以注明；当事人不到场的，邀请见证人到场，由见证人和行政执法人员在现场笔录上签名或者盖章
析：第十八条规定了十项程序，答出其中主要环节即可。

## 第四章 行政机关强制执行程序

单2 第三十五条
行政机关作出强制执行决定前，应当事先以书面形式（）当事人履行义务。
A.催告
B.约谈
C.警告
D.公告
答：A
析：第三十五条规定，行政机关作出强制执行决定前，应当事先催告当事人履行义务，催告应当以书面形式作出。

判3 第四十三条
行政机关不得在夜间或者法定节假日实施行政强制执行，但是情况紧急的除外。
答：对
析：第四十三条第一款作此规定。

判2 第四十三条
为迫使当事人履行行政决定，行政机关可以对居民生活采取停止供水、供电、供热、供燃气等方式。
答：错
析：第四十三条第二款规定，行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定。

单4 第四十五条
行政机关依法加处罚款或者滞纳金的，加处罚款或者滞纳金的数额（）。
A.不得超出金钱给付义务的数额
B.不得超出金钱给付义务数额的一半
C.由行政机关根据情况确定
D.按日累计，不设上限
答：A
析：第四十五条第二款规定，加处罚款或者滞纳金的数额不得超出金钱给付义务的数额。

单5 第四十六条
实施加处罚款或者滞纳金超过（）日，经催告当事人仍不履行的，具有行政强制执行权的行政机关可以强制执行。
A.三十
B.十五
C.六十
D.九十
答：A
析：第四十六条第一款作此规定；没有行政强制执行权的行政机关应当申请人民法院强制执行。

单3 第五十条
当事人逾期不履行排除妨碍、恢复原状等义务，经催告仍不履行，其后果已经或者将危害交通安全、造成环境污染或者破坏自然资源的，行政机关可以（）。
A.代履行，或者委托没有利害关系的第三人代履行
B.对当事人处以行政拘留
C.直接吊销当事人的许可证件
D.没收当事人的财物
答：A
析：第五十条规定了代履行的适用条件。

填4 第五十一条
代履行____日前，应当催告当事人履行；当事人履行的，停止代履行。
答：三|3
析：第五十一条第一款第二项作此规定；代履行的费用按照成本合理确定，由当事人承担。

判3 第五十二条
需要立即清除道路、河道、航道或者公共场所的遗洒物、障碍物或者污染物，当事人不能清除的，行政机关可以决定立即实施代履行。
答：对
析：第五十二条作此规定；当事人不在场的，行政机关应当在事后立即通知当事人，并依法作出处理。

简5 第五十条至第五十二条
简述代履行的适用条件和程序要求。
答：行政决定要求当事人履行排除妨碍、恢复原状等义务，当事人逾期不履行，经催告仍不履行，其后果已经或者将危害交通安全、造成环境污染或者破坏自然资源的，可以代履行或者委托没有利害关系的第三人代履行；代履行前送达决定书；代履行三日前催告当事人履行，当事人履行的停止代履行；代履行时作出决定的行政机关应当派员到场监督；代履行完毕，到场监督的工作人员、代履行人和当事人或者见证人应当在执行文书上签名或者盖章；代履行不得采用暴力、胁迫以及其他非法方式
析：费用按照成本合理确定，由当事人承担，法律另有规定的除外。

## 第五章 申请人民法院强制执行

单4 第五十三条
当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定的，没有行政强制执行权的行政机关可以自期限届满之日起（）内申请人民法院强制执行。
A.三个月
B.六个月
C.一个月
D.一年
答：A
析：第五十三条作此规定。

填4 第五十四条
行政机关申请人民法院强制执行前，应当催告当事人履行义务。催告书送达____日后当事人仍未履行义务的，行政机关可以向人民法院申请强制执行。
答：十|10
析：第五十四条规定；执行对象是不动产的，向不动产所在地有管辖权的人民法院申请强制执行。

判3 第六十条
行政机关申请人民法院强制执行，应当预交申请费。
答：错
析：第六十条第一款规定，行政机关申请人民法院强制执行，不缴纳申请费；强制执行的费用由被执行人承担。

# 道路交通安全法

## 第一章 总则

单2 第五条
县级以上地方各级人民政府（）负责本行政区域内的道路交通安全管理工作。
A.公安机关交通管理部门
B.交通运输主管部门
C.应急管理部门
D.住房和城乡建设主管部门
答：A
析：第五条第一款规定，国务院公安部门负责全国道路交通安全管理工作，县级以上地方各级人民政府公安机关交通管理部门负责本行政区域内的道路交通安全管理工作。

## 第二章 车辆和驾驶人

多2 第十一条
驾驶机动车上道路行驶，应当（）。
A.悬挂机动车号牌
B.放置检验合格标志、保险标志
C.随车携带机动车行驶证
D.随车携带购车发票
答：ABC
析：第十一条第一款作此规定；任何单位或者个人不得故意遮挡、污损机动车号牌。

多3 第二十二条
有下列哪些情形的，不得驾驶机动车（）。
A.饮酒
B.服用国家管制的精神药品或者麻醉药品
C.患有妨碍安全驾驶机动车的疾病
D.过度疲劳影响安全驾驶
E.驾驶证将在三个月内到期
答：ABCD
析：第二十二条第二款作此规定；任何人不得强迫、指使、纵容驾驶人违法驾驶。

判3 第二十四条
对遵守道路交通安全法律、法规，在一年内无累积记分的机动车驾驶人，可以延长机动车驾驶证的审验期。
答：对
析：第二十四条第二款作此规定，具体办法由国务院公安部门规定。

单3 第二十四条
对累积记分达到规定分值的机动车驾驶人，公安机关交通管理部门应当（）。
A.扣留机动车驾驶证，对其进行道路交通安全法律、法规教育，重新考试
B.直接吊销机动车驾驶证
C.处十五日以下拘留
D.责令其参加社会公益劳动
答：A
析：第二十四条第一款规定，累积记分达到规定分值的，扣留机动车驾驶证，进行教育，重新考试；考试合格的，发还其机动车驾驶证。

## 第四章 道路通行规定

单1 第三十八条
车辆、行人遇有交通警察现场指挥时，应当（）。
A.按照交通警察的指挥通行
B.按照交通信号灯通行
C.按照交通标志通行
D.在确保安全的前提下自行通行
答：A
析：第三十八条规定，遇有交通警察现场指挥时，应当按照交通警察的指挥通行。

多4 第四十三条
有下列哪些情形的，不得超车（）。
A.前车正在左转弯、掉头、超车的
B.与对面来车有会车可能的
C.前车为执行紧急任务的警车、消防车、救护车、工程救险车的
D.行经铁路道口、交叉路口、窄桥、弯道、陡坡、隧道、人行横道的
E.前车为正常行驶的货车的
答：ABCD
析：第四十三条规定了不得超车的四种情形。

单1 第四十七条
机动车行经人行横道时，应当减速行驶；遇行人正在通过人行横道，应当（）。
A.停车让行
B.鸣喇叭示意后通过
C.加速通过
D.从行人身后绕行通过
答：A
析：第四十七条第一款作此规定。

判2 第五十条
货运机动车可以在车厢内搭载乘客，但不得超过核定载质量。
答：错
析：第五十条规定，禁止货运机动车载客；需要附载作业人员的，应当设置保护作业人员的安全措施。

判1 第五十一条
机动车行驶时，驾驶人、乘坐人员应当按规定使用安全带，摩托车驾驶人及乘坐人员应当按规定戴安全头盔。
答：对
析：第五十一条作此规定。

单3 第五十二条
机动车在道路上发生故障难以移动的，应当持续开启危险报警闪光灯，并（），必要时迅速报警。
A.在来车方向设置警告标志等措施扩大示警距离
B.在车辆正前方设置警告标志
C.立即离开现场
D.关闭发动机后在车内等待救援
答：A
析：第五十二条作此规定；能够移动的，应当将机动车移至不妨碍交通的地方停放。

单3 第五十八条
残疾人机动轮椅车、电动自行车在非机动车道内行驶时，最高时速不得超过（）公里。
A.十五
B.二十
C.二十五
D.三十
答：A
析：第五十八条作此规定。

单3 第六十七条
设计最高时速低于（）公里的机动车，不得进入高速公路。
A.七十
B.六十
C.八十
D.九十
答：A
析：第六十七条规定，行人、非机动车、拖拉机等以及设计最高时速低于七十公里的机动车，不得进入高速公路。

填3 第六十七条
高速公路限速标志标明的最高时速不得超过____公里。
答：一百二十|120
析：第六十七条作此规定。

单4 第六十八条
机动车在高速公路上发生故障时，警告标志应当设置在故障车来车方向（）以外。
A.一百五十米
B.五十米
C.一百米
D.二百米
答：A
析：第六十八条第一款规定，警告标志应当设置在故障车来车方向一百五十米以外，车上人员应当迅速转移到右侧路肩上或者应急车道内，并且迅速报警。

判3 第四十八条
机动车载运爆炸物品、易燃易爆化学物品以及剧毒、放射性等危险物品，应当经公安机关批准后，按指定的时间、路线、速度行驶，悬挂警示标志并采取必要的安全措施。
答：对
析：第四十八条第三款作此规定。

## 第五章 交通事故处理

多3 第七十条
在道路上发生交通事故造成人身伤亡的，车辆驾驶人应当（）。
A.立即停车，保护现场
B.立即抢救受伤人员
C.迅速报告执勤的交通警察或者公安机关交通管理部门
D.先将车辆驶离现场，再电话报警
答：ABC
析：第七十条第一款作此规定；因抢救受伤人员变动现场的，应当标明位置。

判3 第七十条
在道路上发生交通事故，仅造成轻微财产损失，并且基本事实清楚的，当事人应当先撤离现场再进行协商处理。
答：对
析：第七十条第三款作此规定，以免阻碍交通。

单4 第七十六条
机动车与非机动车驾驶人、行人之间发生交通事故，机动车一方没有过错的，承担不超过（）的赔偿责任。
A.百分之十
B.百分之二十
C.百分之五
D.百分之三十
答：A
析：第七十六条第一款第二项作此规定；损失是由非机动车驾驶人、行人故意碰撞机动车造成的，机动车一方不承担赔偿责任。

判3 第七十四条
对交通事故损害赔偿的争议，当事人必须先请求公安机关交通管理部门调解，调解不成的才能向人民法院提起民事诉讼。
答：错
析：第七十四条第一款规定，当事人可以请求公安机关交通管理部门调解，也可以直接向人民法院提起民事诉讼。

判2 第七十五条
医疗机构对交通事故中的受伤人员应当及时抢救，不得因抢救费用未及时支付而拖延救治。
答：对
析：第七十五条作此规定。

简3 第七十条
简述在道路上发生交通事故后车辆驾驶人应当履行的义务。
答：立即停车，保护现场；造成人身伤亡的，立即抢救受伤人员，并迅速报告执勤的交通警察或者公安机关交通管理部门；因抢救受伤人员变动现场的，应当标明位置；未造成人身伤亡、当事人对事实及成因无争议的，可以即行撤离现场，自行协商处理损害赔偿事宜；仅造成轻微财产损失并且基本事实清楚的，应当先撤离现场再进行协商处理
析：第七十条区分人身伤亡事故和财产损失事故，规定了不同的处置要求。

## 第六章 执法监督

判2 第八十六条
公安机关交通管理部门可以将罚款数额作为考核交通警察的标准之一。
答：错
析：第八十六条第一款规定，任何单位不得给公安机关交通管理部门下达或者变相下达罚款指标；公安机关交通管理部门不得以罚款数额作为考核交通警察的标准。

## 第七章 法律责任

多3 第八十八条
对道路交通安全违法行为的处罚种类包括（）。
A.警告
B.罚款
C.暂扣或者吊销机动车驾驶证
D.拘留
E.没收机动车
答：ABCD
析：第八十八条作此规定。

单3 第八十九条
行人、乘车人、非机动车驾驶人违反道路交通安全法律、法规关于道路通行规定的，处警告或者（）罚款。
A.五元以上五十元以下
B.二十元以上二百元以下
C.五十元以上二百元以下
D.二百元以上五百元以下
答：A
析：第八十九条作此规定；非机动车驾驶人拒绝接受罚款处罚的，可以扣留其非机动车。机动车驾驶人违反道路通行规定的，依照第九十条处警告或者二十元以上二百元以下罚款。

单4 第九十一条
饮酒后驾驶机动车的，处暂扣（）机动车驾驶证，并处一千元以上二千元以下罚款。
A.六个月
B.三个月
C.一个月
D.十二个月
答：A
析：第九十一条第一款作此规定；因饮酒后驾驶机动车被处罚，再次饮酒后驾驶机动车的，处十日以下拘留，并处罚款，吊销机动车驾驶证。

填4 第九十一条
醉酒驾驶机动车的，由公安机关交通管理部门约束至酒醒，吊销机动车驾驶证，依法追究刑事责任；____内不得重新取得机动车驾驶证。
答：五年|5年
析：第九十一条第二款作此规定；醉酒驾驶营运机动车的，十年内不得重新取得机动车驾驶证。

判4 第九十一条
饮酒后驾驶营运机动车的，处十五日拘留，并处五千元罚款，吊销机动车驾驶证，五年内不得重新取得机动车驾驶证。
答：对
析：第九十一条第三款作此规定。

单3 第一百零一条
造成交通事故后逃逸的，由公安机关交通管理部门吊销机动车驾驶证，且（）。
A.终生不得重新取得机动车驾驶证
B.五年内不得重新取得机动车驾驶证
C.十年内不得重新取得机动车驾驶证
D.二年内不得重新取得机动车驾驶证
答：A
析：第一百零一条第二款作此规定。

单3 第一百零七条
对道路交通违法行为人予以警告、（）以下罚款，交通警察可以当场作出行政处罚决定，并出具行政处罚决定书。
A.二百元
B.五十元
C.一百元
D.五百元
答：A
析：第一百零七条第一款作此规定。

单5 第九十九条
机动车行驶超过规定时速（）的，由公安机关交通管理部门处二百元以上二千元以下罚款，可以并处吊销机动车驾驶证。
A.百分之五十
B.百分之二十
C.百分之三十
D.百分之一百
答：A
析：第九十九条第一款第四项规定了超速百分之五十的处罚，第二款规定可以并处吊销机动车驾驶证。

填2 第一百零八条
当事人应当自收到罚款的行政处罚决定书之日起____日内，到指定的银行缴纳罚款。
答：十五|15
析：第一百零八条第一款作此规定；对行人、乘车人和非机动车驾驶人的罚款，当事人无异议的，可以当场予以收缴。

判3 第一百一十条
执行职务的交通警察认为应当对道路交通违法行为人给予暂扣或者吊销机动车驾驶证处罚的，可以先予扣留机动车驾驶证，并在二十四小时内将案件移交公安机关交通管理部门处理。
答：对
析：第一百一十条第一款作此规定。

## 第八章 附则

简4 第一百一十九条
简述《道路交通安全法》中“道路”和“交通事故”的含义。
答：“道路”是指公路、城市道路和虽在单位管辖范围但允许社会机动车通行的地方，包括广场、公共停车场等用于公众通行的场所；“交通事故”是指车辆在道路上因过错或者意外造成的人身伤亡或者财产损失的事件
析：第一百一十九条第一项、第五项作此规定。
"""

TYPES = {"单": SINGLE, "多": MULTIPLE, "判": TRUE_FALSE, "填": FILL_BLANK, "简": SHORT_ANSWER}
HEADER = re.compile(r"([单多判填简])([1-5]) (第\S+)")
OPTION = re.compile(r"([A-F])\.(\S+)")
TRUE_FALSE_KEYS = {"对": ["T"], "错": ["F"]}


def parse_bank(text: str = BANK) -> list[QuestionDraft]:
    """The drafts written in `text`, in order. A malformed block raises ValueError."""
    law: str | None = None
    chapter: str | None = None
    drafts = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        while lines and lines[0].startswith("#"):
            marker, _, name = lines.pop(0).partition(" ")
            if marker == "#":
                law, chapter = name, None
            elif marker == "##":
                chapter = name
            else:
                raise ValueError(f"unknown heading {marker!r} in the question bank")
        if lines:
            if law is None or chapter is None:
                raise ValueError(f"question outside a law and chapter: {lines[0]}")
            drafts.append(_draft(law, chapter, lines))
    return drafts


def _draft(law: str, chapter: str, lines: list[str]) -> QuestionDraft:
    where = f"{law} > {chapter}: {lines[0]} {lines[1] if len(lines) > 1 else ''}"
    header = HEADER.fullmatch(lines[0])
    if header is None or len(lines) < 4:
        raise ValueError(f"malformed question block ({where})")
    key_line, explanation = lines[-2], lines[-1]
    if not key_line.startswith("答：") or not explanation.startswith("析："):
        raise ValueError(f"a question ends with 答： and 析： lines ({where})")
    kind, key = TYPES[header[1]], key_line.removeprefix("答：")
    matches = [OPTION.fullmatch(line) for line in lines[2:-2]]
    if not all(matches):
        raise ValueError(f"options are written A.text ({where})")
    options = [(m[1], m[2]) for m in matches if m]
    if kind is TRUE_FALSE:
        answer = TRUE_FALSE_KEYS.get(key, [key])
        options = options or list(TRUE_FALSE_OPTIONS)
    elif kind in CHOICE_TYPES:
        answer = list(key)
    elif kind is FILL_BLANK:
        answer = key.split("|")
    else:
        answer = [key]
    return QuestionDraft(
        category=f"{law} > {chapter}",
        type=kind,
        stem=lines[1].replace("（）", "（  ）"),
        options=options,
        answer=answer,
        explanation=explanation.removeprefix("析："),
        difficulty=int(header[2]),
        reference=f"《{law}》{header[3]}",
        tags=[law],
    )


def question_drafts() -> list[QuestionDraft]:
    """The banks, every draft checked: a fault in one of them is a bug here, so it raises."""
    drafts = parse_bank()
    faults = [
        f"{draft.stem[:30]}: {problem.message}"
        for draft in drafts
        for problem in check_draft(draft)
    ]
    if faults:
        raise ValueError("invalid questions in the demo bank:\n" + "\n".join(faults))
    return drafts


# --- how people answer -----------------------------------------------------------------------

GUESS = {SINGLE: 0.2, MULTIPLE: 0.05, TRUE_FALSE: 0.45, FILL_BLANK: 0.0, SHORT_ANSWER: 0.0}
SKIPPED = 0.015  # a choice question left unanswered
BLANK_LEFT_EMPTY = 0.35  # of the blanks not known, left empty rather than guessed
HALF = Decimal("0.5")


def chance(ability: float, difficulty: int, kind: QuestionType) -> float:
    """The chance of a right answer: a logistic curve of ability minus the difficulty's
    threshold, above the guessing floor of the question's type."""
    threshold = 0.75 * (difficulty - 3) - 0.5
    known = 1 / (1 + math.exp(-1.6 * (ability - threshold)))
    return GUESS[kind] + (1 - GUESS[kind]) * known


@dataclass(frozen=True, slots=True)
class BankQuestion:
    id: int
    law: str
    type: QuestionType
    difficulty: int
    option_keys: tuple[str, ...]
    answer: tuple[str, ...]


@dataclass(slots=True)
class Answer:
    """One planned answer: what is saved, the points it should earn, and the grade a person
    gives it when it needs one."""

    spec: AnswerSpec | None  # None: left unanswered
    points: Decimal
    manual: tuple[Decimal, str] | None = None  # (points, feedback)


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: int
    unit_id: int
    category: PersonCategory


class _MovedClock:
    """What `models.clock.now` returns while the past is replayed."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@dataclass
class Design:
    """One exam, and who sits it when."""

    plan: ExamPlan
    published_at: datetime
    share: tuple[float, float]  # of the audience, who sit it
    people: int  # who sit it, at most
    most: int  # attempts, at most
    sit_until: datetime  # the last moment an attempt may end
    retake: Callable[[int, float, random.Random], bool] = lambda number, share, rng: False
    retake_days: tuple[int, int] = (1, 3)
    officer_sits: bool = True  # the demo officer sits it (and gets something wrong); if not,
    # no demo account's person does
    graded_at: Callable[[datetime], datetime | None] = lambda submitted: None
    takers: list[int] = field(default_factory=list)


def _at(day: date, moment: time) -> datetime:
    return clock.utc(datetime.combine(day, moment))


def _working_day_after(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _previous_quarter(today: date) -> tuple[int, int]:
    quarter = (today.month - 1) // 3
    return (today.year, quarter) if quarter else (today.year - 1, 4)


QUARTER_NAMES = "一二三四"


def _designs(
    now: datetime, units: dict[str, int], bank: list[BankQuestion], rng: random.Random
) -> list[Design]:
    """The exams: last quarter's exam (drawn from two banks, one retake allowed), a traffic
    test with a fixed paper a month ago, the practice paper (open for two months so far), and
    this month's exam (open now)."""
    today = clock.local(now).date()
    officers = [PersonCategory.ENFORCEMENT_OFFICER]
    county = units.get(EMERGENCY_BUREAU)

    def audience(names: list[str], categories: list[PersonCategory]) -> Audience:
        return Audience(unit_ids=[units[n] for n in names if n in units], categories=categories)

    def after_close(closes_at: datetime) -> Callable[[datetime], datetime | None]:
        graded = _at(_working_day_after(clock.local(closes_at).date()), time(9, 30))
        return lambda submitted: graded

    designs = []

    year, quarter = _previous_quarter(today)
    month = quarter * 3
    opens, closes = _at(date(year, month, 10), time(8)), _at(date(year, month, 21), time(18))
    rules = [
        (LAWS[0], SINGLE, 7, 3),
        (LAWS[0], MULTIPLE, 3, 5),
        (LAWS[0], TRUE_FALSE, 4, 2),
        (LAWS[0], FILL_BLANK, 1, 4),
        (LAWS[0], SHORT_ANSWER, 1, 10),
        (LAWS[1], SINGLE, 5, 3),
        (LAWS[1], MULTIPLE, 3, 5),
        (LAWS[1], TRUE_FALSE, 4, 2),
        (LAWS[1], FILL_BLANK, 1, 4),
    ]
    designs.append(
        Design(
            plan=ExamPlan(
                title=f"{year}年第{QUARTER_NAMES[quarter - 1]}季度安全生产法律法规考试",
                opens_at=opens,
                closes_at=closes,
                duration_minutes=60,
                pass_score=Decimal(60),
                audience=audience(
                    [EMERGENCY_BUREAU, "县市场监督管理局", "县司法局", *TOWNSHIPS[:10]], officers
                ),
                rules=[
                    RuleSpec(law, count, Decimal(points), kind)
                    for law, kind, count, points in rules
                ],
                max_attempts=2,
                grading_method=GradingMethod.HIGHEST,
                partial_credit=PartialCredit.PER_OPTION,
                organizer_unit_id=county,
            ),
            published_at=opens - timedelta(days=6),
            share=(0.6, 0.8),
            people=MAX_PAST_ATTEMPTS * 5 // 6,
            most=MAX_PAST_ATTEMPTS,
            sit_until=closes,
            retake=lambda number, share, rng: number == 1 and share < 0.6 and rng.random() < 0.6,
            graded_at=after_close(closes),
        )
    )

    opens = _at(today - timedelta(days=40), time(8))
    closes = _at(today - timedelta(days=30), time(18))
    traffic = [q for q in bank if q.law == LAWS[3]]
    fixed = []
    for kind, count in ((SINGLE, 8), (MULTIPLE, 4), (TRUE_FALSE, 6), (FILL_BLANK, 2)):
        pool = [q.id for q in traffic if q.type is kind]
        fixed += sorted(rng.sample(pool, min(count, len(pool))))
    designs.append(
        Design(
            plan=ExamPlan(
                title="道路交通安全法专题测试",
                opens_at=opens,
                closes_at=closes,
                duration_minutes=45,
                pass_score=Decimal(60),
                audience=audience([TRANSPORT_BUREAU, "县公安局", *TOWNSHIPS[:12]], officers),
                fixed=[(question_id, Decimal(5)) for question_id in fixed],
                max_attempts=1,
                release=ResultRelease.AFTER_CLOSE,
                organizer_unit_id=units.get(TRANSPORT_BUREAU, county),
            ),
            published_at=opens - timedelta(days=5),
            share=(0.6, 0.8),
            people=MAX_PAST_ATTEMPTS,
            most=MAX_PAST_ATTEMPTS,
            sit_until=closes,
            graded_at=after_close(closes),
        )
    )

    opens = _at(today - timedelta(days=60), time(8))
    closes = _at(today + timedelta(days=305), time(18))
    designs.append(
        Design(
            plan=ExamPlan(
                title="法律法规每日一练（练习）",
                opens_at=opens,
                closes_at=closes,
                duration_minutes=30,
                pass_score=Decimal(60),
                audience=Audience(categories=[*officers, PersonCategory.ASSISTING_STAFF]),
                rules=[
                    RuleSpec(law, count, Decimal(5), kind)
                    for law in LAWS
                    for kind, count in ((SINGLE, 3), (TRUE_FALSE, 2))
                ],
                practice=True,
                organizer_unit_id=county,
            ),
            published_at=opens - timedelta(days=1),
            share=(0.15, 0.25),
            people=MAX_PRACTICE_PEOPLE,
            most=MAX_PRACTICE_PEOPLE * 3,
            sit_until=now - timedelta(minutes=30),
            retake=lambda number, share, rng: number < 3 and rng.random() < 0.55,
            retake_days=(2, 12),
            officer_sits=False,
        )
    )

    opens = _at(today - timedelta(days=3), time(8))
    closes = _at(today + timedelta(days=11), time(18))

    def next_morning(submitted: datetime) -> datetime | None:
        """Graded at 10:00 on the next working day, if that is over by now."""
        graded = _at(_working_day_after(clock.local(submitted).date()), time(10))
        return graded if graded < now - timedelta(hours=1) else None

    designs.append(
        Design(
            plan=ExamPlan(
                title=f"{today.year}年{today.month}月行政强制法专题考试",
                opens_at=opens,
                closes_at=closes,
                duration_minutes=60,
                pass_score=Decimal(60),
                audience=Audience(categories=officers),
                rules=[
                    RuleSpec(LAWS[2], count, Decimal(points), kind)
                    for kind, count, points in (
                        (SINGLE, 8, 4),
                        (MULTIPLE, 4, 5),
                        (TRUE_FALSE, 8, 2),
                        (FILL_BLANK, 2, 6),
                        (SHORT_ANSWER, 1, 20),
                    )
                ],
                max_attempts=2,
                release=ResultRelease.AFTER_CLOSE,
                organizer_unit_id=county,
            ),
            published_at=opens - timedelta(days=4),
            share=(0.25, 0.4),
            people=MAX_OPEN_ATTEMPTS,
            most=MAX_OPEN_ATTEMPTS,
            sit_until=now - timedelta(minutes=30),
            officer_sits=False,
            graded_at=next_morning,
        )
    )
    return designs


# --- sitting the exams -----------------------------------------------------------------------


async def _start(exam: Exam, person_id: int, seed: int) -> tuple[ExamAttempt, list]:
    """A new attempt by `start_attempt`, its paper drawn from `seed`; with the paper."""
    started = await start_attempt(exam.id, person_id, seed=seed)
    return started.attempt, [(line.question, line.points) for line in started.lines or []]


class _Sitter:
    """Sits the exams: plans each answer, then drives the domain through the attempt."""

    def __init__(
        self,
        rng: random.Random,
        bank: dict[int, BankQuestion],
        moved: _MovedClock,
        grader: int | None,
    ) -> None:
        self.rng, self.bank, self.moved, self.grader = rng, bank, moved, grader
        self.blanks: dict[str, list[str]] = defaultdict(list)  # law -> accepted blanks
        for question in bank.values():
            if question.type is FILL_BLANK:
                self.blanks[question.law] += question.answer
        self.attempts = 0

    # answers

    def answer(
        self, question: BankQuestion, points: Decimal, ability: float, right: bool | None = None
    ) -> Answer:
        rng, kind = self.rng, question.type
        likely = chance(ability, question.difficulty, kind)
        if kind is SHORT_ANSWER:
            return self._short_answer(question, points, likely)
        if right is None:
            right = rng.random() < likely
        spec = AnswerSpec(question.id)
        if kind is FILL_BLANK:
            if right:
                spec.text = rng.choice(question.answer)
                return Answer(spec, points)
            guesses = [
                text
                for text in self.blanks[question.law]
                if not fill_blank_matches(text, question.answer)
            ]
            if not guesses or rng.random() < BLANK_LEFT_EMPTY:
                return Answer(None, Decimal(0))
            spec.text = rng.choice(guesses)
            feedback = f"应填“{question.answer[0]}”。"
            return Answer(spec, Decimal(0), (Decimal(0), feedback))
        if not right and rng.random() < SKIPPED:
            return Answer(None, Decimal(0))
        key = list(question.answer)
        if right:
            spec.choices = key
            return Answer(spec, points)
        others = [k for k in question.option_keys if k not in key]
        if kind is not MULTIPLE:
            spec.choices = [rng.choice(others)]
            return Answer(spec, Decimal(0))
        if len(key) > 1 and rng.random() < 0.55:  # missed an option or two
            spec.choices = sorted(rng.sample(key, rng.randint(1, len(key) - 1)))
            share = Decimal(len(spec.choices)) / len(key)
            return Answer(spec, (points * share).quantize(Decimal("0.01"), ROUND_HALF_UP))
        chosen = set(rng.sample(key, rng.randint(max(1, len(key) - 1), len(key))))
        spec.choices = sorted(chosen | {rng.choice(others)})
        return Answer(spec, Decimal(0))

    def _short_answer(self, question: BankQuestion, points: Decimal, likely: float) -> Answer:
        rng = self.rng
        if rng.random() < 0.04:
            return Answer(None, Decimal(0))
        parts = [part for part in question.answer[0].split("；") if part]
        share = min(1.0, max(0.0, likely + rng.gauss(0, 0.15)))
        made = max(1, round(share * len(parts)))
        grade = (points * made / len(parts) / HALF).quantize(Decimal(1), ROUND_HALF_UP) * HALF
        if made == len(parts):
            feedback = "要点齐全，表述准确。"
        elif made * 2 >= len(parts):
            feedback = "答出主要要点，部分内容不完整。"
        else:
            feedback = "要点缺失较多，请对照法条复习。"
        spec = AnswerSpec(question.id, text="；".join(parts[:made]) + "。")
        return Answer(spec, grade, (grade, feedback))

    def plan_answers(
        self, paper: list, ability: float, something_wrong: bool
    ) -> list[tuple[int, Answer]]:
        planned = [
            (question.id, self.answer(self.bank[question.id], points, ability))
            for question, points in paper
        ]
        if something_wrong and all(
            a.points >= p for (_, a), (_, p) in zip(planned, paper, strict=True)
        ):
            # The demo officer's 错题本 must show something: miss the hardest choice question.
            index = max(
                (i for i, (q, _) in enumerate(paper) if q.type in (SINGLE, MULTIPLE, TRUE_FALSE)),
                key=lambda i: paper[i][0].difficulty,
                default=None,
            )
            if index is not None:
                question, points = paper[index]
                wrong = self.answer(self.bank[question.id], points, ability, right=False)
                while wrong.spec is None:
                    wrong = self.answer(self.bank[question.id], points, ability, right=False)
                planned[index] = (question.id, wrong)
        return planned

    # attempts

    async def sit(
        self,
        exam: Exam,
        person_id: int,
        number: int,
        start: datetime,
        minutes: int,
        ability: float,
        something_wrong: bool,
        manual: dict[tuple[int, int], tuple[Decimal, str]],
    ) -> tuple[ExamAttempt, float]:
        """One attempt from start to submission; returns it and the share of points it should
        earn once graded."""
        self.moved.moment = start
        attempt, paper = await _start(exam, person_id, self.rng.randrange(2**62))
        planned = self.plan_answers(paper, ability, something_wrong)
        self.moved.moment = start + timedelta(minutes=minutes - 1)
        specs = [answer.spec for _, answer in planned if answer.spec is not None]
        await save_answers(attempt.id, person_id, specs)
        self.moved.moment = start + timedelta(minutes=minutes)
        await submit_attempt(attempt.id, person_id)
        for question_id, answer in planned:
            if answer.manual is not None:
                manual[(attempt.id, question_id)] = answer.manual
        self.attempts += 1
        earned = sum((answer.points for _, answer in planned), Decimal(0))
        return attempt, float(earned / attempt.max_score) if attempt.max_score else 0.0

    async def grade(
        self, moments: dict[int, datetime], manual: dict[tuple[int, int], tuple[Decimal, str]]
    ) -> None:
        """Grade what waits for a person, each attempt at its moment (None: not yet)."""
        waiting = (
            await AttemptQuestion.filter(attempt_id__in=list(moments), needs_grading=True)
            .order_by("attempt_id", "number")
            .values_list("id", "attempt_id", "question_id")
        )
        queue = sorted(
            (moments[attempt_id], row_id, attempt_id, question_id)
            for row_id, attempt_id, question_id in waiting
            if moments[attempt_id] is not None
        )
        done: Counter[datetime] = Counter()  # answers graded from each moment on
        for moment, row_id, attempt_id, question_id in queue:
            self.moved.moment = moment + timedelta(seconds=20 * done[moment])
            done[moment] += 1
            points, feedback = manual.get((attempt_id, question_id), (Decimal(0), None))
            await grade_answer(row_id, points, feedback, self.grader)


def _start_time(
    rng: random.Random, earliest: datetime, latest_end: datetime, minutes: int
) -> datetime | None:
    """A start in working hours (08:30-17:30 on a weekday if the window has one) such that the
    attempt ends by `latest_end`; None if it cannot."""
    last = latest_end - timedelta(minutes=minutes + 5)
    if last <= earliest:
        return None
    first_day, last_day = clock.local(earliest).date(), clock.local(last).date()
    days = [first_day + timedelta(days=n) for n in range((last_day - first_day).days + 1)]
    weekdays = [day for day in days if day.weekday() < 5] or days
    for _ in range(12):
        moment = _at(rng.choice(weekdays), time(8, 30)) + timedelta(minutes=rng.randrange(540))
        if earliest <= moment <= last:
            return moment
    span = int((last - earliest).total_seconds() // 60)
    return earliest + timedelta(minutes=rng.randrange(span + 1))


async def _sit_exam(
    design: Design,
    exam: Exam,
    sitter: _Sitter,
    ability: dict[int, float],
    pinned: int | None,
) -> int:
    """Everyone who sits `exam`, in the order of the moments they start; returns how many
    attempts were made."""
    rng = sitter.rng
    duration = exam.duration_minutes
    queue: list[tuple[datetime, int, int, int]] = []  # (start, tie, person, number)
    for tie, person_id in enumerate(design.takers):
        start = _start_time(rng, exam.opens_at, min(exam.closes_at, design.sit_until), duration)
        if start is not None:
            queue.append((start, tie, person_id, 1))
    heapq.heapify(queue)
    manual: dict[tuple[int, int], tuple[Decimal, str]] = {}
    grading: dict[int, datetime | None] = {}
    made = 0
    while queue and made < design.most:
        start, tie, person_id, number = heapq.heappop(queue)
        minutes = rng.randint(duration * 45 // 100, duration - 2)
        skill = ability[person_id] + 0.3 * (number - 1)
        attempt, share = await sitter.sit(
            exam,
            person_id,
            number,
            start,
            minutes,
            skill,
            person_id == pinned and number == 1,
            manual,
        )
        made += 1
        grading[attempt.id] = design.graded_at(start + timedelta(minutes=minutes))
        if design.retake(number, share, rng):
            days = rng.randint(*design.retake_days)
            again = _start_time(
                rng,
                start + timedelta(days=days - 0.5),
                min(exam.closes_at, design.sit_until, start + timedelta(days=days + 1)),
                duration,
            )
            if again is not None:
                heapq.heappush(queue, (again, tie, person_id, number + 1))
    await sitter.grade(grading, manual)
    return made


def _takers(
    design: Design,
    members: list[PersonInfo],
    rng: random.Random,
    officer: int | None,
    demo: set[int],
) -> list[int]:
    """Who sits an exam: a share of its audience, at most `design.people` of them; the demo
    officer among them, or else no demo account's person."""
    share = rng.uniform(*design.share)
    ids = [p.id for p in members if rng.random() < share]
    wanted = None
    if not design.officer_sits:
        ids = [person_id for person_id in ids if person_id not in demo]
    elif officer in {p.id for p in members}:
        wanted = officer
        if wanted not in ids:
            ids.append(wanted)
    if len(ids) > design.people:
        chosen = rng.sample(ids, design.people)
        if wanted is not None and wanted not in chosen:
            chosen[0] = wanted
        ids = chosen
    rng.shuffle(ids)
    return ids


# --- writing ---------------------------------------------------------------------------------


async def _import_bank(by: int | None) -> list[BankQuestion]:
    """Create the banks; their questions as the sitter needs them, in creation order."""
    drafts = question_drafts()
    last = await Question.all().order_by("-id").limit(1).values_list("id", flat=True)
    await exams.import_questions(drafts, by)
    rows = (
        await Question.filter(id__gt=last[0] if last else 0)
        .order_by("id")
        .values_list("id", "category__path", "type", "difficulty", "options", "answer")
    )
    if len(rows) != len(drafts):
        raise RuntimeError("the question banks were not all written")
    return [
        BankQuestion(
            id=pk,
            law=path.split(" > ")[0],
            type=QuestionType(kind),
            difficulty=difficulty,
            option_keys=tuple(key for key, _ in options),
            answer=tuple(answer),
        )
        for pk, path, kind, difficulty, options, answer in rows
    ]


def _abilities(people: list[PersonInfo], rng: random.Random) -> dict[int, float]:
    """A lasting ability per person: a unit's share (some teams train harder) and their own."""
    units = sorted({p.unit_id for p in people})
    unit_effect = {unit_id: rng.gauss(0, 0.35) for unit_id in units}
    staff = {PersonCategory.ASSISTING_STAFF: -0.3}
    return {
        p.id: rng.gauss(0, 0.9) + unit_effect[p.unit_id] + staff.get(p.category, 0.0)
        for p in people
    }


async def seed_exams(summary: dict, *, seed: int = 1, now: datetime | None = None) -> dict:
    """Write the question banks and the demo exams with their attempts (around `now`, default
    the domain clock) for the people of the initialised database.

    `summary` is seed_org's: the demo officer sits both past exams and gets at least one answer
    wrong, and no demo account's person has started the open exam, so it can be taken in the
    demo. Returns counts.
    """
    now = clock.utc(now) if now is not None else clock.now()
    rng = random.Random(seed)
    grader = await User.get_or_none(username=TRAINER_USERNAME, active=True)
    by = grader.id if grader else None
    bank = await _import_bank(by)
    units = dict(await Unit.all().order_by("id").values_list("name", "id"))
    matcher = AudienceMatcher(dict(await Unit.all().values_list("id", "parent_id")))
    people = [
        PersonInfo(pk, unit_id, PersonCategory(category))
        for pk, unit_id, category in await Person.filter(active=True)
        .order_by("id")
        .values_list("id", "unit_id", "category")
    ]
    ability = _abilities(people, rng)
    demo = set(summary.get("demo_person_ids", {}).values())
    pinned = summary.get("demo_person_ids", {}).get("officer")

    moved = _MovedClock(now)
    sitter = _Sitter(rng, {q.id: q for q in bank}, moved, by)
    written: dict[str, int] = {}
    exam_ids: list[int] = []
    first_created = now
    original = clock.now
    clock.now = moved
    try:
        for design in _designs(now, units, bank, rng):
            reach = matcher.units(design.plan.audience)
            members = [
                p
                for p in people
                if (not design.plan.audience.unit_ids or p.unit_id in reach)
                and p.category in design.plan.audience.categories
            ]
            if not members:
                continue
            design.takers = _takers(design, members, rng, pinned, demo)
            async with in_transaction():
                moved.moment = design.published_at - timedelta(days=1)
                exam = await exams.create_exam(design.plan, by)
                await Exam.filter(id=exam.id).update(created_at=moved.moment)
                first_created = min(first_created, moved.moment)
                moved.moment = design.published_at
                exam = await exams.publish_exam(exam.id)
                exam_ids.append(exam.id)
                written[exam.title] = await _sit_exam(design, exam, sitter, ability, pinned)
        await Question.filter(id__in=[q.id for q in bank]).update(
            created_at=first_created - timedelta(days=30)
        )
    finally:
        clock.now = original

    attempts = ExamAttempt.filter(exam_id__in=exam_ids)
    return {
        "questions": len(bank),
        "categories": await QuestionCategory.all().count(),
        "exams": len(written),
        "attempts": sitter.attempts,
        "graded": await attempts.filter(status=AttemptStatus.GRADED).count(),
        "to_grade": await AttemptQuestion.filter(
            attempt__exam_id__in=exam_ids, needs_grading=True
        ).count(),
        "ledger": await ScoreEvent.filter(
            dimension=Dimension.EXAM, source_type="Exam", source_id__in=[str(i) for i in exam_ids]
        ).count(),
        "by_exam": written,
    }
