<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountChanges</name>
    <message>
        <source>&apos;%1&apos; is not FIELD=VALUE</source>
        <translation>「%1」は FIELD=VALUE の形式ではありません</translation>
    </message>
    <message>
        <source>name: an account needs a name</source>
        <translation>name: アカウントには名前が必要です</translation>
    </message>
    <message>
        <source>touch: &apos;%1&apos; is not a touch model (%2)</source>
        <translation>touch: 「%1」はタッチモデルではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>stage: change the stage with &apos;csw stage set&apos;, which keeps its history</source>
        <translation>stage: ステージは履歴が残る &apos;csw stage set&apos; で変更してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account field (%2)</source>
        <translation>「%1」はアカウントのフィールドではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD or 令和8年4月1日)</source>
        <translation>%1: 「%2」は日付ではありません（YYYY-MM-DD または 令和8年4月1日）</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>獲得チャネル</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>契約更新日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>解約日</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>解約理由</translation>
    </message>
    <message>
        <source>account add: --name is required</source>
        <translation>account add: --name は必須です</translation>
    </message>
    <message>
        <source>--stage: &apos;%1&apos; is not a stage (%2)</source>
        <translation>--stage: 「%1」はステージではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>--touch: &apos;%1&apos; is not a touch model (%2)</source>
        <translation>--touch: 「%1」はタッチモデルではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>--health: &apos;%1&apos; is not red, yellow or green</source>
        <translation>--health: 「%1」は red, yellow, green のいずれでもありません</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>現ステージ開始日</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>ステージ滞在日数</translation>
    </message>
    <message>
        <source>Days to renewal</source>
        <translation>契約更新までの日数</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>account churn: --date is required</source>
        <translation>account churn: --date は必須です</translation>
    </message>
    <message>
        <source>--term-months: &apos;%1&apos; is not a whole number</source>
        <translation>--term-months: 「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>Add an account; prints its id.</source>
        <translation>アカウントを追加し、その ID を表示します。</translation>
    </message>
    <message>
        <source>The company&apos;s name (required).</source>
        <translation>会社名（必須）</translation>
    </message>
    <message>
        <source>The CRM&apos;s id for it.</source>
        <translation>CRM 上の ID</translation>
    </message>
    <message>
        <source>The owning CSM.</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Touch model: high, low or tech.</source>
        <translation>タッチモデル: high, low, tech のいずれか</translation>
    </message>
    <message>
        <source>The plan.</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>The industry.</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>The acquisition source.</source>
        <translation>獲得チャネル</translation>
    </message>
    <message>
        <source>Annual recurring revenue.</source>
        <translation>ARR（年間経常収益）</translation>
    </message>
    <message>
        <source>Contract start.</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Renewal date.</source>
        <translation>契約更新日</translation>
    </message>
    <message>
        <source>First stage (default onboarding).</source>
        <translation>最初のステージ（既定: onboarding）</translation>
    </message>
    <message>
        <source>List accounts.</source>
        <translation>アカウントを一覧表示します。</translation>
    </message>
    <message>
        <source>Only this CSM&apos;s accounts.</source>
        <translation>この担当CSMのアカウントのみ</translation>
    </message>
    <message>
        <source>Only accounts in this stage.</source>
        <translation>このステージのアカウントのみ</translation>
    </message>
    <message>
        <source>Only this touch model.</source>
        <translation>このタッチモデルのアカウントのみ</translation>
    </message>
    <message>
        <source>Only this health band: red, yellow or green.</source>
        <translation>このヘルス区分のアカウントのみ（red, yellow, green のいずれか）</translation>
    </message>
    <message>
        <source>Show an account: fields, current stage, health score and band.</source>
        <translation>アカウントの各フィールド、現在のステージ、ヘルススコアとヘルス区分を表示します。</translation>
    </message>
    <message>
        <source>Change fields (name, external_id, csm, touch, plan, industry, source, arr, start, renewal); an ARR change is kept as a dated event.</source>
        <translation>フィールド（name, external_id, csm, touch, plan, industry, source, arr, start, renewal）を変更します。ARR の変更は日付付きのイベントとして記録されます。</translation>
    </message>
    <message>
        <source>When an ARR change took effect (default today).</source>
        <translation>ARR の変更が有効になった日（既定: 今日）</translation>
    </message>
    <message>
        <source>A note kept with the ARR change.</source>
        <translation>ARR の変更に付けるメモ</translation>
    </message>
    <message>
        <source>Record that an account churned, with the date and reason.</source>
        <translation>アカウントの解約を、日付と理由とともに記録します。</translation>
    </message>
    <message>
        <source>The churn date (required).</source>
        <translation>解約日（必須）</translation>
    </message>
    <message>
        <source>Record a renewal and move the renewal date on by the term; prints the new renewal date.</source>
        <translation>契約更新を記録し、契約更新日を契約期間の分だけ先に進めます。新しい契約更新日を表示します。</translation>
    </message>
    <message>
        <source>The renewal&apos;s date (default today).</source>
        <translation>契約更新の実施日（既定: 今日）</translation>
    </message>
    <message>
        <source>The ARR from this renewal on.</source>
        <translation>この契約更新以降の ARR</translation>
    </message>
    <message>
        <source>The contract term (default 12).</source>
        <translation>契約期間の月数（既定: 12）</translation>
    </message>
    <message>
        <source>A note kept with the renewal.</source>
        <translation>契約更新に付けるメモ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>account reactivate: --date is required</source>
        <translation>account reactivate: --date は必須です</translation>
    </message>
    <message>
        <source>account reactivate: --arr is required</source>
        <translation>account reactivate: --arr は必須です</translation>
    </message>
    <message>
        <source>Bring a churned account back at a new ARR, from a date on.</source>
        <translation>解約済みのアカウントを、指定日から新しい ARR で再開します。</translation>
    </message>
    <message>
        <source>The day it came back (required).</source>
        <translation>再開日（必須）</translation>
    </message>
    <message>
        <source>Its ARR from that day (required).</source>
        <translation>再開日以降の ARR（必須）</translation>
    </message>
    <message>
        <source>A note kept with the return.</source>
        <translation>再開に付けるメモ</translation>
    </message>
    <message>
        <source>Only accounts whose name, external id or CSM holds this text (as the window&apos;s search box).</source>
        <translation>名前・外部ID・担当CSM にこの文字列を含むアカウントだけ（ウィンドウの検索欄と同じ）。</translation>
    </message>
    <message>
        <source>Churn reason category</source>
        <translation>解約理由区分</translation>
    </message>
    <message>
        <source>--voc: &apos;%1&apos; is not a VOC entry id</source>
        <translation>--voc: 「%1」は顧客の声のIDではありません</translation>
    </message>
    <message>
        <source>Why the customer left, as a note (a category&apos;s label or code here also sets the category).</source>
        <translation>顧客が離れた理由のメモ（理由区分の名前かコードを書くと区分も設定されます）。</translation>
    </message>
    <message>
        <source>The reason&apos;s category: its code or label (csw churn-reason list).</source>
        <translation>解約理由区分：コードまたは名前（csw churn-reason list）。</translation>
    </message>
    <message>
        <source>The VOC entries behind the churn, linked to it.</source>
        <translation>解約の背景にある顧客の声（解約に関連付けます）。</translation>
    </message>
    <message>
        <source>Only the accounts of this saved segment (csw segment list).</source>
        <translation>この保存済みセグメントのアカウントのみ（csw segment list）。</translation>
    </message>
    <message>
        <source>Only the accounts that meet these conditions, as a segment&apos;s (e.g. &quot;adoption &lt; 40 and renewal_days &lt;= 120&quot;).</source>
        <translation>セグメントと同じ書き方の条件を満たすアカウントのみ（例: &quot;adoption &lt; 40 and renewal_days &lt;= 120&quot;）。</translation>
    </message>
</context>
<context>
    <name>AccountExport</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Acquisition source</source>
        <translation>獲得チャネル</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>契約更新日</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>解約日</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>ヘルススコア</translation>
    </message>
    <message>
        <source>Health band</source>
        <translation>ヘルス区分</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>account lists are written in UTF-8 or CP932</source>
        <translation>アカウント一覧は UTF-8 か CP932 で書き出します</translation>
    </message>
    <message>
        <source>account %1, column %2: %3 cannot be written in %4; export as UTF-8 instead</source>
        <translation>アカウント %1、列 %2: %3 は %4 で書き出せません。UTF-8 で書き出してください</translation>
    </message>
</context>
<context>
    <name>AccountExportCommand</name>
    <message>
        <source>give the file once: export accounts FILE, or --output FILE</source>
        <translation>ファイルの指定は一度だけにしてください: export accounts FILE または --output FILE</translation>
    </message>
    <message>
        <source>say where to write: export accounts FILE, --output FILE, or --output - for standard output</source>
        <translation>書き出し先を指定してください: export accounts FILE、--output FILE、標準出力なら --output -</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts written to %1</source>
        <translation>
            <numerusform>%n 件のアカウントを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the filtered accounts, by name, as CSV for Excel (UTF-8 with a byte order mark).</source>
        <translation>絞り込んだアカウントを名前順に Excel 用 CSV（BOM 付き UTF-8）で書き出します。</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for standard output.</source>
        <translation>書き出す CSV ファイル（標準出力には -）</translation>
    </message>
    <message>
        <source>--encoding %1: give utf-8 or cp932</source>
        <translation>--encoding %1: utf-8 か cp932 を指定してください</translation>
    </message>
    <message>
        <source>--no-bom is for UTF-8 files; cp932 has no byte order mark</source>
        <translation>--no-bom は UTF-8 のファイル用です。cp932 にはバイトオーダーマークがありません</translation>
    </message>
    <message>
        <source>--replace-unencodable is for cp932: UTF-8 holds every character</source>
        <translation>--replace-unencodable は cp932 用です。UTF-8 はすべての文字を書き出せます</translation>
    </message>
    <message>
        <source>account %1, column %2: %3 is not in cp932; written as 〓</source>
        <translation>アカウント %1、列 %2: %3 は cp932 にないため 〓 で書き出しました</translation>
    </message>
    <message>
        <source>utf-8 (default) or cp932 for older Japanese Excel.</source>
        <translation>utf-8（既定）、または古い日本語版 Excel 向けの cp932</translation>
    </message>
    <message>
        <source>Leave out the byte order mark (UTF-8).</source>
        <translation>バイトオーダーマークを付けない（UTF-8）</translation>
    </message>
    <message>
        <source>cp932: write a character it cannot hold as 〓 (each one listed) instead of stopping.</source>
        <translation>cp932: 書き出せない文字を、止めずに 〓 で書き出す（1 文字ずつ一覧表示）</translation>
    </message>
</context>
<context>
    <name>AccountImport</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Acquisition source</source>
        <translation>獲得チャネル</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>MRR (monthly, times 12)</source>
        <translation>MRR（月額。12 倍して ARR に換算）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>契約更新日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Churned (yes/no)</source>
        <translation>解約済み（yes/no）</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>解約日</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>解約理由</translation>
    </message>
    <message>
        <source>map ARR or MRR, not both</source>
        <translation>ARR と MRR のどちらか一方だけを対応付けてください</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>名前は必須です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a touch model (high, low, tech)</source>
        <translation>「%1」はタッチモデルではありません（high, low, tech のいずれか）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stage</source>
        <translation>「%1」はステージではありません</translation>
    </message>
    <message>
        <source>the start date is in the future</source>
        <translation>契約開始日が未来の日付です</translation>
    </message>
    <message>
        <source>the churn date is in the future</source>
        <translation>解約日が未来の日付です</translation>
    </message>
    <message>
        <source>the churn date is before the start date</source>
        <translation>解約日が契約開始日より前です</translation>
    </message>
    <message>
        <source>a churned account needs a churn date (map churned_on)</source>
        <translation>解約済みのアカウントには解約日が必要です（churned_on を対応付けてください）</translation>
    </message>
    <message>
        <source>the same account as row %1</source>
        <translation>%1 行目と同じアカウントです</translation>
    </message>
    <message>
        <source>the book has %1 accounts of this name; map external_id to tell them apart</source>
        <translation>ブックにはこの名前のアカウントが %1 件あります。区別するには external_id を対応付けてください</translation>
    </message>
    <message>
        <source>the book already has this account (id %1); choose to update or skip duplicates</source>
        <translation>このアカウントはすでにブックにあります（ID %1）。重複の扱いとして更新かスキップを選んでください</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 から取り込み</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>取り込みを中止しました。何も書き込んでいません</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Churn reason category</source>
        <translation>解約理由区分</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a churn reason</source>
        <translation>「%1」は解約理由ではありません</translation>
    </message>
</context>
<context>
    <name>AccountLifecycle</name>
    <message>
        <source>external id %1 already belongs to account %2</source>
        <translation>外部ID %1 はすでにアカウント %2 で使われています</translation>
    </message>
    <message>
        <source>the renewal date %1 is before the start date %2</source>
        <translation>契約更新日 %1 が契約開始日 %2 より前です</translation>
    </message>
    <message>
        <source>an account needs a name</source>
        <translation>アカウントには名前が必要です</translation>
    </message>
    <message>
        <source>a new account cannot start churned; add it, then churn it</source>
        <translation>新しいアカウントを解約済みの状態で追加することはできません。追加してから解約してください</translation>
    </message>
    <message>
        <source>%1 is before account %2 started (%3)</source>
        <translation>%1 はアカウント %2 の契約開始日（%3）より前です</translation>
    </message>
    <message>
        <source>account %1 has churned; its ARR cannot change</source>
        <translation>アカウント %1 は解約済みのため、ARR を変更できません</translation>
    </message>
    <message>
        <source>an account is churned with &apos;account churn&apos;, which records the reason</source>
        <translation>アカウントの解約には、解約理由も記録する &apos;account churn&apos; を使ってください</translation>
    </message>
    <message>
        <source>account %1 has churned; its stage cannot change</source>
        <translation>アカウント %1 は解約済みのため、ステージを変更できません</translation>
    </message>
    <message>
        <source>account %1 is already in %2</source>
        <translation>アカウント %1 はすでに「%2」ステージです</translation>
    </message>
    <message>
        <source>%1 is before account %2 entered its current stage (%3)</source>
        <translation>%1 はアカウント %2 が現在のステージに入った日（%3）より前です</translation>
    </message>
    <message>
        <source>account %1 churned already on %2</source>
        <translation>アカウント %1 は %2 にすでに解約済みです</translation>
    </message>
    <message>
        <source>the term must be between 1 and 120 months, not %1</source>
        <translation>契約期間は 1〜120 か月で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>account %1 has churned and cannot be renewed</source>
        <translation>アカウント %1 は解約済みのため、契約更新できません</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>契約更新</translation>
    </message>
    <message>
        <source>%1 is in the future; record it on the day it happens</source>
        <translation>%1 は未来の日付です。その日になってから記録してください</translation>
    </message>
    <message>
        <source>account %1 has history from %2; its start cannot be later</source>
        <translation>アカウント %1 には %2 からの履歴があるため、契約開始日をそれより後にはできません</translation>
    </message>
    <message>
        <source>the ARR cannot be negative</source>
        <translation>ARR を負の値にはできません</translation>
    </message>
    <message>
        <source>account %1 has not churned; only a churned account can be reactivated</source>
        <translation>アカウント %1 は解約されていません。再開できるのは解約済みのアカウントだけです</translation>
    </message>
    <message>
        <source>%1 is before account %2 churned (%3)</source>
        <translation>%1 はアカウント %2 の解約日（%3）より前です</translation>
    </message>
    <message>
        <source>not undone: %1</source>
        <translation>元に戻していません: %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>there is no VOC entry %1 to link to the churn</source>
        <translation>解約に関連付ける顧客の声 %1 がありません</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>there is no account %1 in this book</source>
        <translation>このブックにアカウント %1 はありません</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>アカウント %1</translation>
    </message>
</context>
<context>
    <name>AccountResolver</name>
    <message>
        <source>an account is required</source>
        <translation>アカウントは必須です</translation>
    </message>
    <message>
        <source>%1 accounts are named &apos;%2&apos;; use the external id or #id</source>
        <translation>「%2」という名前のアカウントが %1 件あります。外部IDまたは #ID を指定してください</translation>
    </message>
    <message>
        <source>no account has the external id, name or id &apos;%1&apos;</source>
        <translation>外部ID、名前、ID のいずれも「%1」に一致するアカウントはありません</translation>
    </message>
</context>
<context>
    <name>AddContactCommand</name>
    <message>
        <source>Add contact %1</source>
        <translation>担当者 %1 を追加</translation>
    </message>
</context>
<context>
    <name>AddNpsAnswerCommand</name>
    <message>
        <source>Add NPS answer</source>
        <translation>NPS回答を追加</translation>
    </message>
</context>
<context>
    <name>AddObjectiveCommand</name>
    <message>
        <source>Add objective “%1”</source>
        <translation>目標「%1」の追加</translation>
    </message>
</context>
<context>
    <name>AddProgramCommand</name>
    <message>
        <source>New program %1</source>
        <translation>新しいプログラム %1</translation>
    </message>
</context>
<context>
    <name>AddTaskCommand</name>
    <message>
        <source>Add task “%1”</source>
        <translation>タスク「%1」の追加</translation>
    </message>
</context>
<context>
    <name>ApplyTouchRulesCommand</name>
    <message>
        <source>Apply touch model rules</source>
        <translation>タッチモデルのルールを適用</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>%1: no column holds the attendees&apos; names (Name, 名前, 氏名…)</source>
        <translation>%1: 参加者の名前の列がありません（Name, 名前, 氏名…）</translation>
    </message>
    <message>
        <source>%1: no email or company column to match the attendees with</source>
        <translation>%1: 参加者を照合するメールアドレスか会社名の列がありません</translation>
    </message>
    <message>
        <source>no account is named &apos;%1&apos;</source>
        <translation>「%1」という名前のアカウントはありません</translation>
    </message>
    <message>
        <source>%1 contacts have this email, and no company is given</source>
        <translation>このメールアドレスの担当者が %1 人いて、会社名がありません</translation>
    </message>
    <message>
        <source>%1 accounts&apos; contacts use %2, and no company is given</source>
        <translation>%1 社の担当者が %2 を使っていて、会社名がありません</translation>
    </message>
    <message>
        <source>no contact has this email, and no company is given</source>
        <translation>このメールアドレスの担当者がいなく、会社名もありません</translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>keep at least one backup</source>
        <translation>バックアップは 1 つ以上保持してください</translation>
    </message>
    <message>
        <source>cannot make the backup folder %1</source>
        <translation>バックアップフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>バックアップ %1 はありません</translation>
    </message>
    <message>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 は使用できるバックアップではありません: %2</translation>
    </message>
    <message>
        <source>a team book is backed up on its server (pg_dump); &apos;csw backup FILE&apos; writes a local snapshot of it</source>
        <translation>チームブックのバックアップはサーバー側で行います（pg_dump）。&apos;csw backup FILE&apos; でローカルのスナップショットを書き出せます</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>cannot open the book %1: %2</source>
        <translation>ブック %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a book</source>
        <translation>%1 はフォルダーであり、ブックではありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a book</source>
        <translation>%1 は空のファイルであり、ブックではありません</translation>
    </message>
    <message>
        <source>%1 is not a CS Workbench book (it is not an SQLite database)</source>
        <translation>%1 は CS Workbench のブックではありません（SQLite データベースではありません）</translation>
    </message>
    <message>
        <source>%1 is already a book; choose another file</source>
        <translation>%1 はすでにブックです。別のファイルを選んでください</translation>
    </message>
    <message>
        <source>%1 exists and is not a book; it was left untouched</source>
        <translation>%1 は既存のファイルで、ブックではありません。ファイルは変更していません</translation>
    </message>
    <message>
        <source>%1 is damaged or not a CS Workbench book: %2</source>
        <translation>%1 は破損しているか、CS Workbench のブックではありません: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CS Workbench book</source>
        <translation>%1 は SQLite データベースですが、CS Workbench のブックではありません</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CS Workbench (book schema %2, this version knows up to %3); it was left untouched</source>
        <translation>%1 は新しいバージョンの CS Workbench で作成されています（ブックのスキーマ %2、このバージョンが扱えるのは %3 まで）。ファイルは変更していません</translation>
    </message>
    <message>
        <source>the book %1 needs an upgrade to schema %2 but is read-only</source>
        <translation>ブック %1 はスキーマ %2 へのアップグレードが必要ですが、読み取り専用です</translation>
    </message>
    <message>
        <source>the book %1 is read-only; nothing was changed</source>
        <translation>ブック %1 は読み取り専用です。何も変更していません</translation>
    </message>
    <message>
        <source>the book %1 is busy: another program is writing to it; nothing was changed, try again when it has finished</source>
        <translation>ブック %1 は使用中です（別のプログラムが書き込み中）。何も変更していません。書き込みが終わってから再実行してください</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing was changed</source>
        <translation>%1 のあるディスクがいっぱいです。何も変更していません</translation>
    </message>
    <message>
        <source>the book %1 is damaged (%2); restore it from a backup</source>
        <translation>ブック %1 は破損しています（%2）。バックアップから復元してください</translation>
    </message>
    <message>
        <source>the book %1 could not be read or written: %2</source>
        <translation>ブック %1 を読み書きできませんでした: %2</translation>
    </message>
    <message>
        <source>cannot connect to the team book %1 at %2: %3</source>
        <translation>チームブック %1（%2）に接続できません: %3</translation>
    </message>
    <message>
        <source>the connection to the team book %1 was lost (%2); nothing was changed, the next action reconnects</source>
        <translation>チームブック %1 への接続が切れました（%2）。変更は行われていません。次の操作で再接続します</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; make it first or choose another place for the book</source>
        <translation>フォルダー %1 がありません。先に作成するか、ブックの保存先を別の場所にしてください</translation>
    </message>
    <message>
        <source>the login %1 is not a member of the team book %2; a lead adds it with &apos;csw team user add %1 --role csm|viewer|lead&apos;</source>
        <translation>ログイン %1 はチームブック %2 のメンバーではありません。リーダーが &apos;csw team user add %1 --role csm|viewer|lead&apos; で追加します</translation>
    </message>
    <message>
        <source>the team book %1 needs an upgrade to schema %2, which only its owner (the login that created it) can make: ask them to open it once with this version</source>
        <translation>チームブック %1 はスキーマ %2 への更新が必要ですが、更新できるのは所有者（作成したログイン）だけです。このバージョンで一度開いてもらってください</translation>
    </message>
    <message>
        <source>the book %1 cannot take VOC for sales: its VOC table is not as expected</source>
        <translation>ブック %1 は営業向けの VOC を扱えません: VOC のテーブルが想定と異なります</translation>
    </message>
    <message>
        <source>the book %1 cannot take alerts per measure: its alert table is not as expected</source>
        <translation>ブック %1 には指標ごとのアラートを追加できません: アラートの表が想定と異なります</translation>
    </message>
    <message>
        <source>there is no book at %1</source>
        <translation>%1 にブックがありません</translation>
    </message>
</context>
<context>
    <name>BookCommands</name>
    <message>
        <source>Created the book %1 (%2).</source>
        <translation>ブック %1 を作成しました（%2）。</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1: 「%2」は整数ではありません</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number</source>
        <translation>--seed: 「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 を %2 にバックアップしました。</translation>
    </message>
    <message>
        <source>%1: ok (schema %2)</source>
        <translation>%1: 問題なし（スキーマ %2）</translation>
    </message>
    <message>
        <source>Create an empty book.</source>
        <translation>空のブックを作成します。</translation>
    </message>
    <message>
        <source>The book&apos;s currency (ISO 4217 code).</source>
        <translation>ブックの通貨（ISO 4217 コード）</translation>
    </message>
    <message>
        <source>Fill an empty book (created if missing) with realistic generated data.</source>
        <translation>空のブック（なければ作成）に、実データに近いデモデータを生成して入れます。</translation>
    </message>
    <message>
        <source>How many accounts.</source>
        <translation>アカウント数</translation>
    </message>
    <message>
        <source>How many months of history.</source>
        <translation>履歴の月数</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same book.</source>
        <translation>乱数シード（同じシードからは同じブックが生成されます）</translation>
    </message>
    <message>
        <source>Check the book&apos;s integrity and schema; exit 1 on a problem.</source>
        <translation>ブックの整合性とスキーマを検査します。問題があれば終了ステータス 1 で終了します。</translation>
    </message>
    <message>
        <source>How many monthly health snapshots each account gets.</source>
        <translation>アカウントごとの月次ヘルススナップショット数</translation>
    </message>
    <message>
        <source>--voc: &apos;%1&apos; is not a whole number</source>
        <translation>--voc: 「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>How many VOC entries (default: one for every four accounts).</source>
        <translation>顧客の声の件数（既定: アカウント 4 件につき 1 件）</translation>
    </message>
    <message>
        <source>--keep: &apos;%1&apos; is not a number</source>
        <translation>--keep: 「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>Write a consistent copy of the book to a new file; without FILE, to the rotating backups next to the book.</source>
        <translation>ブックの整合性のとれたコピーを新しいファイルに書き出します。FILE を省略すると、ブックと同じ場所のローテーション式バックアップに書き出します。</translation>
    </message>
    <message>
        <source>How many rotating backups to keep.</source>
        <translation>保持するローテーション式バックアップの数</translation>
    </message>
    <message>
        <source>Copy a backup to a new book next to the current one (never overwrites); prints its path.</source>
        <translation>バックアップを、現在のブックと同じ場所に新しいブックとしてコピーし（上書きはしません）、そのパスを表示します。</translation>
    </message>
    <message>
        <source>%1: every index rebuilt from its table</source>
        <translation>%1: すべてのインデックスをテーブルから再構築しました</translation>
    </message>
    <message>
        <source>First rebuild every index from its table (when the check found only indexes out of step).</source>
        <translation>先にすべてのインデックスをテーブルから再構築します（チェックでインデックスの不整合だけが見つかったとき）。</translation>
    </message>
    <message>
        <source>team push takes a local book and a team book&apos;s URL, in that order</source>
        <translation>team push にはローカルのブックとチームブックの URL をこの順に指定してください</translation>
    </message>
    <message>
        <source>Pushed %1 rows of %2 tables from %3 to %4.</source>
        <translation>%3 から %4 へ %2 個のテーブルの %1 行を移しました。</translation>
    </message>
    <message>
        <source>Copy a local book, history and all, into an empty team book (a new PostgreSQL database, or one just given &apos;csw init&apos;).</source>
        <translation>ローカルのブックを履歴ごと空のチームブックにコピーします（新しい PostgreSQL データベース、または &apos;csw init&apos; 直後のもの）。</translation>
    </message>
    <message>
        <source>--language: &apos;%1&apos; is not ja or en</source>
        <translation>--language: 「%1」は ja でも en でもありません</translation>
    </message>
    <message>
        <source>The language of the generated names and texts: ja or en (default: the language csw speaks).</source>
        <translation>生成する名前と文章の言語: ja または en（既定: csw の表示言語）</translation>
    </message>
    <message>
        <source>Generated %1 accounts with %2 stage events, %3 ARR events, %4 renewals, %5 health scores, %6 VOC entries, %7 activities, %8 tasks, %9 success plan objectives and %10 contacts in %11.</source>
        <translation>%11 に %1 件のアカウント、%2 件のステージ履歴、%3 件の ARR 履歴、%4 件の更新、%5 件のヘルススコア、%6 件の VOC、%7 件の活動、%8 件のタスク、%9 件のサクセスプラン目標、%10 名の担当者を作成しました。</translation>
    </message>
</context>
<context>
    <name>BookCopy</name>
    <message>
        <source>the table %1 is missing from %2</source>
        <translation>%2 にテーブル %1 がありません</translation>
    </message>
    <message>
        <source>%1 (schema %2) and %3 (schema %4) differ; open both with this version first</source>
        <translation>%1（スキーマ %2）と %3（スキーマ %4）のスキーマが異なります。先に両方をこのバージョンで開いてください</translation>
    </message>
    <message>
        <source>%1 exists already; a copy never overwrites a file</source>
        <translation>%1 はすでに存在します。コピーがファイルを上書きすることはありません</translation>
    </message>
    <message>
        <source>%1 already holds a book with data; a copy goes only into an empty database or a new book</source>
        <translation>%1 にはすでにデータのあるブックがあります。コピー先は空のデータベースか新しいブックに限ります</translation>
    </message>
    <message>
        <source>team push</source>
        <translation>チームブックへの移行</translation>
    </message>
</context>
<context>
    <name>BookFileDialogs</name>
    <message>
        <source>CS Workbench books (*.sqlite *.csw);;All files (*)</source>
        <translation>CS Workbench ブック (*.sqlite *.csw);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New Book</source>
        <translation>新しいブック</translation>
    </message>
    <message>
        <source>book.sqlite</source>
        <translation>book.sqlite</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>ブックを開く</translation>
    </message>
    <message>
        <source>Back Up Book</source>
        <translation>ブックをバックアップ</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
</context>
<context>
    <name>BookLocation</name>
    <message>
        <source>%1: a team book&apos;s URL never holds a password; put it in ~/.pgpass (or PGPASSFILE, PGSERVICE) or let the window ask for it</source>
        <translation>%1: チームブックの URL にパスワードは含めません。~/.pgpass（または PGPASSFILE、PGSERVICE）に書くか、ウィンドウで入力してください</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a port number</source>
        <translation>%1: &apos;%2&apos; はポート番号ではありません</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://[user@]host[:port]/dbname</source>
        <translation>%1 にデータベース名がありません: postgresql://[user@]host[:port]/dbname の形で指定してください</translation>
    </message>
    <message>
        <source>the socket in %1</source>
        <translation>%1 のソケット</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>BookMaintenance</name>
    <message>
        <source>accounts whose stage differs from their last stage event</source>
        <translation>最新のステージイベントとステージが一致しないアカウント</translation>
    </message>
    <message>
        <source>accounts without any stage event</source>
        <translation>ステージイベントが 1 件もないアカウント</translation>
    </message>
    <message>
        <source>active accounts whose ARR differs from their last ARR event</source>
        <translation>最新の ARR イベントと ARR が一致しない有効なアカウント</translation>
    </message>
    <message>
        <source>dates that are not YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式でない日付</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file</source>
        <translation>%1 はすでに存在します。バックアップで既存のファイルを上書きすることはありません</translation>
    </message>
    <message>
        <source>the backup to %1 failed: %2</source>
        <translation>%1 へのバックアップに失敗しました: %2</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>整合性: %1</translation>
    </message>
    <message>
        <source>a row of %1 points to a missing %2 (row id %3)</source>
        <translation>%1 の行が存在しない %2 を参照しています（行 ID %3）</translation>
    </message>
    <message>
        <source>%1 exists already; a copy never overwrites a file</source>
        <translation>%1 は既に存在します。コピーでファイルを上書きすることはありません</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 を %2 にコピーできません: %3</translation>
    </message>
    <message>
        <source>only indexes disagree with their tables: run &apos;csw check --reindex&apos; to rebuild them from the tables (no data changes)</source>
        <translation>インデックスだけがテーブルと食い違っています: &apos;csw check --reindex&apos; を実行するとテーブルから再構築されます（データは変わりません）</translation>
    </message>
    <message>
        <source>the book is damaged: restore the newest good backup with &apos;csw restore BACKUP&apos; (the automatic backups are in %1)</source>
        <translation>ブックが破損しています: &apos;csw restore BACKUP&apos; で最新の正常なバックアップを復元してください（自動バックアップは %1 にあります）</translation>
    </message>
    <message>
        <source>a backup of a team book is a local SQLite file, not %1</source>
        <translation>チームブックのバックアップ先はローカルの SQLite ファイルです（%1 は指定できません）</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>no accounts are listed: nothing was changed</source>
        <translation>対象のアカウントがありません: 何も変更していません</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>アカウント %1: %2</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n 件のアカウントを変更しました</numerusform>
        </translation>
    </message>
    <message>
        <source>say which accounts: --segment, --where, --csm, --stage, --touch, --health, --search, or --all for every account</source>
        <translation>対象のアカウントを指定してください: --segment、--where、--csm、--stage、--touch、--health、--search、すべてなら --all</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a touch model (%2)</source>
        <translation>「%1」はタッチモデルではありません（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stage to move to (%2; a churn is recorded one by one)</source>
        <translation>「%1」は移せるステージではありません（%2。解約は 1 件ずつ記録します）</translation>
    </message>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation>--kind: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>Every account (no filter).</source>
        <translation>すべてのアカウント（絞り込みなし）。</translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation>日付（既定は今日）。</translation>
    </message>
    <message>
        <source>Assign a CSM to the accounts listed.</source>
        <translation>対象のアカウントに担当CSMを割り当てます。</translation>
    </message>
    <message>
        <source>Set the touch model of the accounts listed.</source>
        <translation>対象のアカウントのタッチモデルを設定します。</translation>
    </message>
    <message>
        <source>Move the accounts listed to a stage.</source>
        <translation>対象のアカウントをステージへ移します。</translation>
    </message>
    <message>
        <source>A note on each stage event.</source>
        <translation>各ステージ履歴のメモ。</translation>
    </message>
    <message>
        <source>Add a task to every account listed (owner: each account&apos;s CSM).</source>
        <translation>対象のアカウントそれぞれにタスクを追加します（担当者: 各アカウントの担当CSM）。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>やること。</translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation>期限。</translation>
    </message>
    <message>
        <source>Who does it (default each account&apos;s CSM).</source>
        <translation>担当者（既定は各アカウントの担当CSM）。</translation>
    </message>
    <message>
        <source>Log one activity on every account listed (e.g. a webinar invitation).</source>
        <translation>対象のアカウントそれぞれに同じ活動を記録します（例: ウェビナーの案内）。</translation>
    </message>
    <message>
        <source>What it was.</source>
        <translation>活動の種類。</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>内容。</translation>
    </message>
    <message>
        <source>Who logs it.</source>
        <translation>記録者。</translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <source>the book %1 is not open on SQLite</source>
        <translation>ブック %1 が SQLite で開かれていません</translation>
    </message>
    <message>
        <source>the book %1 could not be written: %2</source>
        <translation>ブック %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing was changed</source>
        <translation>%1 のあるディスクがいっぱいです。何も変更していません</translation>
    </message>
    <message>
        <source>the book %1 is busy: another program is writing to it; nothing was changed, try again when it has finished</source>
        <translation>ブック %1 は使用中です（別のプログラムが書き込み中）。何も変更していません。書き込みが終わってから再実行してください</translation>
    </message>
</context>
<context>
    <name>ChurnReasonChart</name>
    <message>
        <source>(no reason chosen)</source>
        <translation>（理由未選択）</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>その他のチャネル</translation>
    </message>
    <message>
        <source>Churns</source>
        <translation>解約数</translation>
    </message>
    <message>
        <source>Other plans</source>
        <translation>その他のプラン</translation>
    </message>
</context>
<context>
    <name>ChurnReasonCommands</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>churn-reason set: give --ja or --en</source>
        <translation>churn-reason set: --ja か --en を指定してください</translation>
    </message>
    <message>
        <source>--by: &apos;%1&apos; is not source or plan</source>
        <translation>--by: 「%1」は source でも plan でもありません</translation>
    </message>
    <message>
        <source>Churn reasons for %1 (%2 to %3), %4</source>
        <translation>%1 の解約理由（%2〜%3）、%4</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>獲得チャネル</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Churns</source>
        <translation>解約数</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>解約ARR</translation>
    </message>
    <message>
        <source>Share of churned ARR</source>
        <translation>解約ARRに占める割合</translation>
    </message>
    <message>
        <source>(no reason chosen)</source>
        <translation>（理由未選択）</translation>
    </message>
    <message>
        <source>The Japanese label.</source>
        <translation>日本語の名前。</translation>
    </message>
    <message>
        <source>The English label.</source>
        <translation>英語の名前。</translation>
    </message>
    <message>
        <source>The churn reasons a churn is recorded under.</source>
        <translation>解約を記録するときの解約理由の一覧。</translation>
    </message>
    <message>
        <source>Retired reasons too.</source>
        <translation>廃止した理由も表示します。</translation>
    </message>
    <message>
        <source>Add a churn reason at the end of the list (a code of a-z, 0-9 and &apos;-&apos;, both labels).</source>
        <translation>解約理由を一覧の末尾に追加します（コードは a-z・0-9・「-」、日英両方の名前）。</translation>
    </message>
    <message>
        <source>Relabel a churn reason.</source>
        <translation>解約理由の名前を変えます。</translation>
    </message>
    <message>
        <source>Stop offering a churn reason; the churns recorded under it keep it.</source>
        <translation>解約理由を選択肢から外します。記録済みの解約はその理由のままです。</translation>
    </message>
    <message>
        <source>Offer a retired churn reason again.</source>
        <translation>廃止した解約理由を選択肢に戻します。</translation>
    </message>
    <message>
        <source>Why customers left in a period: churns and churned ARR by reason, optionally by source or plan.</source>
        <translation>期間中に顧客が離れた理由：理由別の解約数と解約ARR（獲得チャネル別・プラン別も可）。</translation>
    </message>
    <message>
        <source>As for report kpis; default: the current fiscal year.</source>
        <translation>report kpis と同じ。既定は今年度。</translation>
    </message>
    <message>
        <source>source or plan: one row per reason and value.</source>
        <translation>source または plan：理由と値ごとに1行。</translation>
    </message>
</context>
<context>
    <name>ChurnReasons</name>
    <message>
        <source>the churn reason &apos;%1&apos; is retired; choose one of: %2</source>
        <translation>解約理由「%1」は廃止されています。次から選んでください：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a churn reason; choose one of: %2</source>
        <translation>「%1」は解約理由ではありません。次から選んでください：%2</translation>
    </message>
    <message>
        <source>the label &apos;%1&apos; is already the churn reason &apos;%2&apos;</source>
        <translation>名前「%1」はすでに解約理由「%2」のものです</translation>
    </message>
    <message>
        <source>a churn reason&apos;s code is lower-case letters, digits and &apos;-&apos; (e.g. &apos;contract-terms&apos;), not &apos;%1&apos;</source>
        <translation>解約理由のコードは英小文字・数字・「-」です（例：contract-terms）。「%1」は使えません</translation>
    </message>
    <message>
        <source>a churn reason needs a Japanese and an English label</source>
        <translation>解約理由には日本語と英語の名前が必要です</translation>
    </message>
    <message>
        <source>the churn reason &apos;%1&apos; exists already</source>
        <translation>解約理由「%1」はすでにあります</translation>
    </message>
    <message>
        <source>there is no churn reason &apos;%1&apos;</source>
        <translation>解約理由「%1」はありません</translation>
    </message>
    <message>
        <source>churn reasons, row %1: %2</source>
        <translation>解約理由 %1 行目：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last churn reason offered; add another before retiring it</source>
        <translation>「%1」は選択肢に残る最後の解約理由です。廃止する前に別の理由を追加してください</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: csw [--book PATH] COMMAND [ARGS]

CS Workbench on the command line: the book of accounts, their stages and revenue.

Options:
  --book PATH    the book to use (default: $CSW_BOOK, else book.sqlite in the application&apos;s data folder)
  -h, --help     show this help; &apos;csw COMMAND --help&apos; for a command
  -v, --version  show the version

Commands:
</source>
        <translation>使い方: csw [--book PATH] COMMAND [ARGS]

CS Workbench のコマンドライン版: アカウントのブックと、そのステージや売上を扱います。

オプション:
  --book PATH    使用するブック（既定: $CSW_BOOK、未設定ならアプリケーションのデータフォルダー内の book.sqlite）
  -h, --help     このヘルプを表示（各コマンドのヘルプは &apos;csw COMMAND --help&apos;）
  -v, --version  バージョンを表示

コマンド:
</translation>
    </message>
    <message>
        <source>
Exit status: 0 success, 1 the command failed, 2 wrong usage.
</source>
        <translation>
終了ステータス: 0 成功、1 コマンドの失敗、2 使い方の誤り
</translation>
    </message>
    <message>
        <source>Usage: csw [--book PATH] %1 [options] %2</source>
        <translation>使い方: csw [--book PATH] %1 [options] %2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: 引数が正しくありません（想定: %2）</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>引数なし</translation>
    </message>
    <message>
        <source>--book needs a PATH</source>
        <translation>--book には PATH の指定が必要です</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプションです: %1</translation>
    </message>
    <message>
        <source>Usage: csw [--book PATH] %1 COMMAND [ARGS]

Commands:
</source>
        <translation>使い方: csw [--book PATH] %1 COMMAND [ARGS]

コマンド:
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs one of: %2</source>
        <translation>「%1」の後には次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a csw command</source>
        <translation>「%1」は csw のコマンドではありません</translation>
    </message>
</context>
<context>
    <name>CohortCommand</name>
    <message>
        <source>--by: &apos;%1&apos; is not month or quarter</source>
        <translation>--by: 「%1」は month でも quarter でもありません</translation>
    </message>
    <message>
        <source>--months: &apos;%1&apos; is not a number of months from 1 to 120</source>
        <translation>--months: 「%1」は 1〜120 の月数ではありません</translation>
    </message>
    <message>
        <source>ARR retention by start %1, months since the start (ARR at the start = 100 %)</source>
        <translation>開始%1別の ARR 維持率、開始からの経過月数（開始時の ARR = 100 %）</translation>
    </message>
    <message>
        <source>fiscal quarter</source>
        <translation>四半期（年度）</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Accounts still active by start %1, months since the start</source>
        <translation>開始%1別の継続アカウントの割合、開始からの経過月数</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>コホート</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント数</translation>
    </message>
    <message>
        <source>Start ARR</source>
        <translation>開始時 ARR</translation>
    </message>
    <message>
        <source>Retention by start cohort and months since the start: the share of each cohort&apos;s accounts still active (or, with --arr, of its starting ARR still held).</source>
        <translation>開始コホート × 開始からの経過月数の維持率: 各コホートで継続しているアカウントの割合（--arr では開始時 ARR のうち維持している割合）を表示します。</translation>
    </message>
    <message>
        <source>month (default) or quarter (of the fiscal year): how the cohorts are cut.</source>
        <translation>コホートの区切り: month（既定）または quarter（年度の四半期）</translation>
    </message>
    <message>
        <source>How many months after the start to follow, and back to the oldest cohort (default 24).</source>
        <translation>開始から何か月先まで追うか、また何か月前のコホートまで含めるか（既定 24）</translation>
    </message>
    <message>
        <source>ARR retention (expansion counts) instead of accounts.</source>
        <translation>アカウント数ではなく ARR の維持率（拡大も含む）</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>Try &apos;csw --help&apos;.</source>
        <translation>&apos;csw --help&apos; で使い方を確認してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account id (a whole number, as &apos;csw account list&apos; shows)</source>
        <translation>「%1」はアカウントIDではありません（&apos;csw account list&apos; に表示される整数を指定してください）</translation>
    </message>
    <message>
        <source>Output as table, csv or json.</source>
        <translation>出力形式（table, csv, json のいずれか）</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not table, csv or json</source>
        <translation>--format: 「%1」は table, csv, json のいずれでもありません</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>出力を書き込めません: %1</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (YYYY-MM-DD or 令和8年4月1日)</source>
        <translation>--%1: 「%2」は日付ではありません（YYYY-MM-DD または 令和8年4月1日）</translation>
    </message>
    <message>
        <source>%1 (create one with &apos;csw init&apos;)</source>
        <translation>%1（&apos;csw init&apos; で作成してください）</translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <source>Changed by someone else</source>
        <translation>ほかの人が変更しました</translation>
    </message>
    <message>
        <source>%1.

Keep their version, or apply your edit on top of it?</source>
        <translation>%1。

相手の内容を残しますか、それとも相手の内容にあなたの編集を重ねて適用しますか？</translation>
    </message>
    <message>
        <source>Apply &amp;mine on top</source>
        <translation>自分の編集を重ねて適用(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>相手の内容を残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>&apos;%1&apos; is not a contact id (as &apos;csw contact list&apos; shows)</source>
        <translation>「%1」は担当者IDではありません（csw contact list で確認できます）</translation>
    </message>
    <message>
        <source>contact add: --name is required</source>
        <translation>contact add: --name は必須です</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主担当</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Add a person at an account; prints the contact&apos;s id.</source>
        <translation>アカウントの担当者を追加し、IDを表示します。</translation>
    </message>
    <message>
        <source>Their name as written (required).</source>
        <translation>表記どおりの氏名（必須）。</translation>
    </message>
    <message>
        <source>Its reading in kana, for sorting.</source>
        <translation>並べ替えに使うよみがな。</translation>
    </message>
    <message>
        <source>Their title (役職).</source>
        <translation>役職。</translation>
    </message>
    <message>
        <source>Their department (部署).</source>
        <translation>部署。</translation>
    </message>
    <message>
        <source>Their email address.</source>
        <translation>メールアドレス。</translation>
    </message>
    <message>
        <source>Their phone (03-1234-5678, 090-1234-5678, +81 …).</source>
        <translation>電話番号（03-1234-5678、090-1234-5678、+81 …）。</translation>
    </message>
    <message>
        <source>Anything else worth knowing.</source>
        <translation>そのほか知っておくべきこと。</translation>
    </message>
    <message>
        <source>decision-maker, champion, user or billing (決裁者, 推進者, 利用者, 請求担当); repeat or separate by commas.</source>
        <translation>decision-maker・champion・user・billing（決裁者・推進者・利用者・請求担当）。繰り返すかカンマで区切ります。</translation>
    </message>
    <message>
        <source>The account&apos;s primary contact.</source>
        <translation>アカウントの主担当者にします。</translation>
    </message>
    <message>
        <source>An account&apos;s contacts: the primary first, those who left last.</source>
        <translation>アカウントの担当者（主担当が先頭、退職者は末尾）。</translation>
    </message>
    <message>
        <source>Change a contact: name, kana, title, department, email, phone, roles, primary (yes moves it here), notes, left (the day they left the company; empty: still there).</source>
        <translation>担当者を変更します：name・kana・title・department・email・phone・roles・primary（yes で主担当をこの人に移す）・notes・left（退職日。空なら在籍）。</translation>
    </message>
    <message>
        <source>Contact %1 is kept as a former contact: the history names them.</source>
        <translation>担当者 %1 は履歴に名前があるため、元担当者として残しました。</translation>
    </message>
    <message>
        <source>contact %1 (%2) is listed: nothing to restore</source>
        <translation>担当者 %1（%2）は一覧にあります: 戻すものはありません</translation>
    </message>
    <message>
        <source>Remove a contact (one the history names is kept as a former contact).</source>
        <translation>担当者を削除します（履歴に名前がある担当者は元担当者として残します）。</translation>
    </message>
    <message>
        <source>List a former contact again (one removed while the history names them).</source>
        <translation>元担当者（履歴に名前があるまま削除された担当者）を一覧に戻します。</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>Account (external id, name or #id)</source>
        <translation>アカウント（外部ID・名前・#ID）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>map the contact&apos;s name (name, or last_name and first_name)</source>
        <translation>担当者の氏名の列を対応付けてください（name、または last_name と first_name）</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>担当者には氏名が必要です</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Decision maker</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>推進者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求担当</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a contact role (decision-maker, champion, user, billing)</source>
        <translation>「%1」は担当者の役割ではありません（決裁者・推進者・利用者・請求担当）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (name@example.co.jp)</source>
        <translation>「%1」はメールアドレスではありません（name@example.co.jp）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (03-1234-5678, 090-1234-5678 or +81 3 1234 5678)</source>
        <translation>「%1」は電話番号ではありません（03-1234-5678、090-1234-5678、+81 3 1234 5678）</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>担当者には氏名が必要です</translation>
    </message>
    <message>
        <source>there is no account %1</source>
        <translation>アカウント %1 はありません</translation>
    </message>
    <message>
        <source>there is no contact %1</source>
        <translation>担当者 %1 はいません</translation>
    </message>
    <message>
        <source>account %1 already has a primary contact (%2); make this one primary with contact set instead</source>
        <translation>アカウント %1 にはすでに主担当者（%2）がいます。主担当を移すには contact set を使ってください</translation>
    </message>
    <message>
        <source>primary is yes or no, not &apos;%1&apos;</source>
        <translation>primary は yes か no です（「%1」は不可）</translation>
    </message>
    <message>
        <source>left: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>left: 「%1」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not FIELD=VALUE with a contact field (name, kana, title, department, email, phone, roles, primary, notes, left)</source>
        <translation>「%1」は担当者の項目の FIELD=VALUE ではありません（name・kana・title・department・email・phone・roles・primary・notes・left）</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>担当者 %1</translation>
    </message>
    <message>
        <source>contact %1 (%2) is not one of the people of account %3</source>
        <translation>担当者 %1（%2）はアカウント %3 の担当者ではありません</translation>
    </message>
    <message>
        <source>%1 (former contact)</source>
        <translation>%1（元担当者）</translation>
    </message>
    <message>
        <source>contact %1 (%2) was removed; only the history still names them</source>
        <translation>担当者 %1（%2）は削除済みです。履歴にのみ名前が残っています</translation>
    </message>
</context>
<context>
    <name>CopyIn</name>
    <message>
        <source>the book %1 is not open on PostgreSQL</source>
        <translation>ブック %1 は PostgreSQL で開かれていません</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor Shift_JIS (CP932) text; choose its encoding</source>
        <translation>%1 は UTF-8 でも Shift_JIS（CP932）でもありません。文字コードを指定してください</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 は空です</translation>
    </message>
    <message>
        <source>%1 is not a text file (CSV or TSV)</source>
        <translation>%1 はテキストファイル（CSV または TSV）ではありません</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8; try the Shift_JIS (cp932) encoding</source>
        <translation>%1 は正しい UTF-8 ではありません。文字コード Shift_JIS（cp932）を試してください</translation>
    </message>
    <message>
        <source>%1 has no UTF-16 byte order mark; try UTF-8 or Shift_JIS</source>
        <translation>%1 には UTF-16 のバイトオーダーマーク（BOM）がありません。UTF-8 か Shift_JIS を試してください</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-16</source>
        <translation>%1 は正しい UTF-16 ではありません</translation>
    </message>
    <message>
        <source>%1 is not valid Shift_JIS (CP932); try UTF-8</source>
        <translation>%1 は正しい Shift_JIS（CP932）ではありません。UTF-8 を試してください</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>%1、%2 行目、%3 列目: 閉じ引用符の後に文字があります（引用符で囲んだフィールド内の引用符は 2 つ重ねてください）</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: a quoted field opened on line %4 is never closed</source>
        <translation>%1、%2 行目、%3 列目: %4 行目で始まる引用符が閉じられていません</translation>
    </message>
    <message>
        <source>row %1 has %2 cells, the header has %3</source>
        <translation>%1 行目のセル数は %2 ですが、見出し行のセル数は %3 です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the number of accounts must be between 1 and 1000000, not %1</source>
        <translation>アカウント数は 1〜1000000 で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>the number of months must be between 1 and 120, not %1</source>
        <translation>月数は 1〜120 で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>the demo fills an empty book, and %1 already has %2 accounts</source>
        <translation>デモデータは空のブックにしか入れられませんが、%1 にはすでに %2 件のアカウントがあります</translation>
    </message>
    <message>
        <source>the demo was cancelled; the book was left as it was</source>
        <translation>デモデータの生成を中止しました。ブックは変更していません</translation>
    </message>
    <message>
        <source>the number of health snapshots must be between 0 and 24, not %1</source>
        <translation>ヘルススナップショットの数は 0〜24 で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>the number of VOC entries must be between 0 and 5000000, not %1</source>
        <translation>顧客の声の件数は 0〜5000000 で指定してください（指定値: %1）</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>another window or csw</source>
        <translation>別のウィンドウまたは csw</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after it was read; nothing was changed</source>
        <translation>%1 は、読み込んだ後に %2 が %3 に変更しています。何も変更されていません</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after it was read (yours → theirs: %4); nothing was changed</source>
        <translation>%1 は、読み込んだ後に %2 が %3 に変更しています（あなた → 相手: %4）。何も変更されていません</translation>
    </message>
</context>
<context>
    <name>EditContactCommand</name>
    <message>
        <source>Edit contact %1</source>
        <translation>担当者 %1 を編集</translation>
    </message>
</context>
<context>
    <name>EditHandoffCommand</name>
    <message>
        <source>Edit hand-off</source>
        <translation>引き継ぎを編集</translation>
    </message>
</context>
<context>
    <name>EditObjectiveCommand</name>
    <message>
        <source>Edit objective “%1”</source>
        <translation>目標「%1」の編集</translation>
    </message>
</context>
<context>
    <name>ExclusiveWork</name>
    <message>
        <source>other work</source>
        <translation>他の作業</translation>
    </message>
    <message>
        <source>%1 by %2 is in progress on %3 (since %4); nothing was changed, try again when it has finished</source>
        <translation>%3 では %2 さんの%1が進行中です（%4 から）。何も変更していません。終わってからもう一度お試しください</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>別のユーザー</translation>
    </message>
</context>
<context>
    <name>HandoffCommands</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Filled by</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Filled at</source>
        <translation>記入日時</translation>
    </message>
    <message>
        <source>The account&apos;s hand-off from sales, and what it still lacks.</source>
        <translation>営業からの引き継ぎ内容と、まだ足りない項目を表示します。</translation>
    </message>
    <message>
        <source>Fill the hand-off: sales_owner, purpose, problems, expectations, promises, success_criteria, competitors, notes, decision_maker and champion (contact ids), handed_over_on.</source>
        <translation>引き継ぎを記入します：sales_owner・purpose・problems・expectations・promises・success_criteria・competitors・notes・decision_maker と champion（担当者ID）・handed_over_on。</translation>
    </message>
    <message>
        <source>Make each success criterion of the hand-off a success-plan objective (due on the date written with it), once; prints the new objectives&apos; ids.</source>
        <translation>引き継ぎの成功基準をそれぞれサクセスプランの目標にします（書かれた日付が期限。作るのは一度だけ）。新しい目標のIDを表示します。</translation>
    </message>
</context>
<context>
    <name>HandoffImport</name>
    <message>
        <source>Account (external id, name or #id)</source>
        <translation>アカウント（外部ID、名前、または #ID）</translation>
    </message>
    <message>
        <source>Sales owner</source>
        <translation>担当営業</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>成功基準</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Decision maker (a contact)</source>
        <translation>決裁者（担当者）</translation>
    </message>
    <message>
        <source>Champion (a contact)</source>
        <translation>推進者（担当者）</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>引き継ぎ日</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is none of the account&apos;s contacts (import them first)</source>
        <translation>「%1」はこのアカウントの担当者にいません（先に担当者を取り込んでください）</translation>
    </message>
</context>
<context>
    <name>Handoffs</name>
    <message>
        <source>Sales owner</source>
        <translation>担当営業</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>The customer&apos;s problems</source>
        <translation>顧客の課題</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>約束事項</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>成功基準</translation>
    </message>
    <message>
        <source>Competitors considered</source>
        <translation>比較検討した競合</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>推進者</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>引き継ぎ日</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not FIELD=VALUE with a hand-off field (%2)</source>
        <translation>「%1」は引き継ぎ項目の FIELD=VALUE ではありません（%2）</translation>
    </message>
    <message>
        <source>handed_over_on: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>handed_over_on: 「%1」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a contact id</source>
        <translation>%1: 「%2」は担当者IDではありません</translation>
    </message>
    <message>
        <source>%1: contact %2 is not one of account %3&apos;s contacts</source>
        <translation>%1: 担当者 %2 はアカウント %3 の担当者ではありません</translation>
    </message>
    <message>
        <source>there is no account %1</source>
        <translation>アカウント %1 はありません</translation>
    </message>
    <message>
        <source>the hand-off of account %1</source>
        <translation>アカウント %1 の引き継ぎ</translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message>
        <source>no score: no measure has a value</source>
        <translation>スコアなし: 値のある指標がありません</translation>
    </message>
    <message>
        <source>(incomplete: %1 % of the weight)</source>
        <translation>（不完全: 重みの %1 %）</translation>
    </message>
    <message>
        <source>alert %1 raised: %2</source>
        <translation>アラート %1 が発生しました: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>スコアカード</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>寄与</translation>
    </message>
    <message>
        <source>Previous value</source>
        <translation>前回の値</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>score on %1</source>
        <translation>%1 のスコア</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>下落前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert id</source>
        <translation>「%1」はアラートIDではありません</translation>
    </message>
    <message>
        <source>--until: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--until: 「%1」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>Record measures for an account; prints the new score and band.</source>
        <translation>アカウントの指標を記録し、新しいスコアと区分を表示します。</translation>
    </message>
    <message>
        <source>When they were measured (default today).</source>
        <translation>測定日（既定: 今日）</translation>
    </message>
    <message>
        <source>An account&apos;s dated score history.</source>
        <translation>アカウントのスコア履歴を日付ごとに表示します。</translation>
    </message>
    <message>
        <source>Each measure behind a score: value, score, weight, contribution, change.</source>
        <translation>スコアの内訳として、各指標の値・スコア・重み・寄与・増減を表示します。</translation>
    </message>
    <message>
        <source>Explain the score on or before this date (default the latest).</source>
        <translation>説明するスコアの日付（この日以前で最新のスコア、既定: 最新）</translation>
    </message>
    <message>
        <source>Open health alerts.</source>
        <translation>未対応のヘルスアラートを一覧表示します。</translation>
    </message>
    <message>
        <source>Close an alert.</source>
        <translation>アラートを閉じます。</translation>
    </message>
    <message>
        <source>Hide an alert until a date (a week by default).</source>
        <translation>アラートを指定日まで非表示にします（既定は 1 週間）。</translation>
    </message>
    <message>
        <source>Show it again on this date (default: in 7 days).</source>
        <translation>この日に再び表示します（既定: 7 日後）</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>変化</translation>
    </message>
</context>
<context>
    <name>HealthImport</name>
    <message>
        <source>the date is in the future</source>
        <translation>未来の日付です</translation>
    </message>
    <message>
        <source>Date measured</source>
        <translation>測定日</translation>
    </message>
    <message>
        <source>no column is mapped to a measure of the scorecard; map one with --map MEASURE=COLUMN</source>
        <translation>スコアカードの指標に対応付けられた列がありません。--map MEASURE=COLUMN で対応付けてください</translation>
    </message>
</context>
<context>
    <name>HealthRepository</name>
    <message>
        <source>there is no scorecard %1</source>
        <translation>スコアカード %1 はありません</translation>
    </message>
    <message>
        <source>cannot number the scorecard</source>
        <translation>スコアカードにバージョン番号を付けられません</translation>
    </message>
    <message>
        <source>there is no alert %1</source>
        <translation>アラート %1 はありません</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <source>%1 is in the future; measures are recorded as they are seen</source>
        <translation>%1 は未来の日付です。指標は測定した日に記録してください</translation>
    </message>
    <message>
        <source>give at least one MEASURE=VALUE</source>
        <translation>MEASURE=VALUE を 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a measure of the scorecard (%2)</source>
        <translation>「%1」はスコアカードの指標ではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: 「%2」は数値ではありません</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3–%4</source>
        <translation>%1: %2 は許容範囲 %3〜%4 の外です</translation>
    </message>
    <message>
        <source>account %1 has no health score%2</source>
        <translation>アカウント %1 には%2ヘルススコアがありません</translation>
    </message>
    <message>
        <source> on or before %1</source>
        <translation> %1 以前の</translation>
    </message>
    <message>
        <source>snooze until a day after today, not %1</source>
        <translation>スヌーズの期限には今日より後の日付を指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>alert %1 is closed already</source>
        <translation>アラート %1 はすでに閉じられています</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3 between %4 and %5</source>
        <translation>%1 が %2 から %3 に下がりました（%4〜%5）</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3 between %4 and %5</source>
        <translation>%1 が %2 から %3 に上がりました（%4〜%5）</translation>
    </message>
    <message>
        <source>%1 was %2 on %3</source>
        <translation>%1 は %3 に %2 でした</translation>
    </message>
    <message>
        <source>(below %1)</source>
        <translation>（%1 を下回っています）</translation>
    </message>
    <message>
        <source>(above %1)</source>
        <translation>（%1 を上回っています）</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>a holiday needs a date</source>
        <translation>休日には日付が必要です</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>Japanese holidays are known from 1980 to 2099, not %1</source>
        <translation>日本の祝日は 1980〜2099 年にのみ対応しています（指定値: %1）</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>--encoding: &apos;%1&apos; is not auto, utf-8, cp932 or utf-16</source>
        <translation>--encoding: 「%1」は auto, utf-8, cp932, utf-16 のいずれでもありません</translation>
    </message>
    <message>
        <source>--delimiter: &apos;%1&apos; is not auto, comma, tab or semicolon</source>
        <translation>--delimiter: 「%1」は auto, comma, tab, semicolon のいずれでもありません</translation>
    </message>
    <message>
        <source>--date-order: &apos;%1&apos; is not ymd, mdy or dmy</source>
        <translation>--date-order: 「%1」は ymd, mdy, dmy のいずれでもありません</translation>
    </message>
    <message>
        <source>--on-duplicate: &apos;%1&apos; is not stop, update or skip</source>
        <translation>--on-duplicate: 「%1」は stop, update, skip のいずれでもありません</translation>
    </message>
    <message>
        <source>… and %1 more; --errors FILE saves them all as CSV</source>
        <translation>…ほか %1 件（--errors FILE ですべてを CSV に保存できます）</translation>
    </message>
    <message>
        <source>nothing was imported from %1 (problems: %2):
</source>
        <translation>%1 からは何も取り込んでいません（問題: %2 件）:
</translation>
    </message>
    <message>
        <source>Dry run: would create %1, update %2, skip %3 (%4; mapping %5).</source>
        <translation>試行（書き込みなし）: 作成 %1 件、更新 %2 件、スキップ %3 件の予定です（文字コード: %4、列の対応付け: %5）。</translation>
    </message>
    <message>
        <source>Imported: created %1, updated %2, skipped %3 (%4; mapping %5).</source>
        <translation>取り込みました: 作成 %1 件、更新 %2 件、スキップ %3 件（文字コード: %4、列の対応付け: %5）。</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file: every row is checked, then all are written or none.</source>
        <translation>CSV または TSV ファイルを取り込みます。すべての行を検査し、問題がなければ全行を書き込みます（問題が 1 つでもあれば何も書き込みません）。</translation>
    </message>
    <message>
        <source>Which column fills which field, over the suggested mapping: FIELD=COLUMN,... (a header or a column number; empty unmaps).</source>
        <translation>提案された対応付けを上書きする、フィールドと列の対応: FIELD=COLUMN,...（COLUMN は見出しまたは列番号。空にすると対応付けを解除）</translation>
    </message>
    <message>
        <source>Start from a mapping saved in the book.</source>
        <translation>ブックに保存した列の対応付けから始める</translation>
    </message>
    <message>
        <source>Save the mapping used in the book under a name.</source>
        <translation>使用した列の対応付けを、名前を付けてブックに保存</translation>
    </message>
    <message>
        <source>The file&apos;s encoding (detected by default).</source>
        <translation>ファイルの文字コード（既定: 自動検出）</translation>
    </message>
    <message>
        <source>The field separator (detected by default).</source>
        <translation>区切り文字（既定: 自動検出）</translation>
    </message>
    <message>
        <source>How to read dates with the year last, like 04/01/2026.</source>
        <translation>04/01/2026 のように年が最後にある日付の読み方</translation>
    </message>
    <message>
        <source>For accounts the book already has (same external id, else name).</source>
        <translation>ブックにすでにあるアカウント（外部IDが同じもの、外部IDがなければ名前が同じもの）の扱い</translation>
    </message>
    <message>
        <source>Check and count, write nothing.</source>
        <translation>検査と件数の集計のみ行い、何も書き込まない</translation>
    </message>
    <message>
        <source>Save every bad cell to this CSV file.</source>
        <translation>問題のあるセルをすべてこの CSV ファイルに保存</translation>
    </message>
    <message>
        <source>--set: &apos;%1&apos; is not FIELD=VALUE</source>
        <translation>--set: &apos;%1&apos; は FIELD=VALUE の形ではありません</translation>
    </message>
    <message>
        <source>A value for every row: FIELD=VALUE,... fills a field no column fills, or a mapped column&apos;s empty cells.</source>
        <translation>全行に共通の値: FIELD=VALUE,... で、どの列も対応していない項目、または対応する列の空欄を埋めます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported (accounts, health, voc, nps, contacts, handoffs)</source>
        <translation>「%1」は取り込めません（accounts、health、voc、nps、contacts、handoffs）</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>--map: &apos;%1&apos; is not FIELD=COLUMN</source>
        <translation>--map: 「%1」は FIELD=COLUMN の形式ではありません</translation>
    </message>
    <message>
        <source>--map: &apos;%1&apos; is not a field here (%2)</source>
        <translation>--map: 「%1」はここで使えるフィールドではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>--map: the file has no column &apos;%1&apos; (it has: %2)</source>
        <translation>--map: ファイルに列「%1」がありません（ある列: %2）</translation>
    </message>
    <message>
        <source>no column is mapped to %1; map one with --map %2=COLUMN</source>
        <translation>%1 に対応付けられた列がありません。--map %2=COLUMN で対応付けてください</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>%1 has a header but no rows to import</source>
        <translation>%1 には見出し行しかなく、取り込む行がありません</translation>
    </message>
    <message>
        <source>the saved mapping &apos;%1&apos; does not fit %2: %3</source>
        <translation>保存済みの列の対応付け「%1」は %2 に合いません: %3</translation>
    </message>
    <message>
        <source>no %1 mapping is saved as &apos;%2&apos;</source>
        <translation>「%2」という名前の %1 用の列の対応付けは保存されていません</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (&apos;%4&apos;): %5</source>
        <translation>%1、%2 行目、列 %3（値「%4」）: %5</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>unknown import</source>
        <translation>不明な取り込みの種類です</translation>
    </message>
    <message>
        <source>--set: &apos;%1&apos; is not a field here (%2)</source>
        <translation>--set: &apos;%1&apos; はここで使える項目ではありません（%2）</translation>
    </message>
    <message>
        <source>import</source>
        <translation>取り込み</translation>
    </message>
</context>
<context>
    <name>ImportStyle</name>
    <message>
        <source>UTF-8 (BOM)</source>
        <translation>UTF-8（BOM 付き）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS</source>
        <translation>Shift_JIS</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>「%1」は yes, no のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the calendar</source>
        <translation>「%1」は存在しない日付です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; puts the year last: choose whether it is month/day/year or day/month/year</source>
        <translation>「%1」は年が最後にあります。月/日/年と日/月/年のどちらの順か指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; amounts are zero or more</source>
        <translation>「%1」は負の値です。金額は 0 以上で指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>「%1」は金額ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (2026-04-01, 2026/4/1, 2026年4月1日 or 令和8年4月1日)</source>
        <translation>「%1」は日付ではありません（2026-04-01、2026/4/1、2026年4月1日、令和8年4月1日 のいずれかの形式）</translation>
    </message>
</context>
<context>
    <name>JapaneseEra</name>
    <message>
        <source>&apos;%1&apos; names no Japanese era</source>
        <translation>「%1」の元号がわかりません</translation>
    </message>
    <message>
        <source>the Japanese calendar is not available to read &apos;%1&apos;</source>
        <translation>和暦のカレンダーが使えないため「%1」を読めません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the Japanese calendar</source>
        <translation>「%1」は和暦に存在しない日付です</translation>
    </message>
</context>
<context>
    <name>KpiFigures</name>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>±0 pt</source>
        <translation>±0 pt</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント数</translation>
    </message>
    <message>
        <source>New accounts</source>
        <translation>新規アカウント数</translation>
    </message>
    <message>
        <source>Logo churn rate</source>
        <translation>ロゴチャーンレート</translation>
    </message>
    <message>
        <source>Start ARR</source>
        <translation>期首ARR</translation>
    </message>
    <message>
        <source>End ARR</source>
        <translation>期末ARR</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>拡大ARR</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>縮小ARR</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>解約ARR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>契約更新率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Churned of those at start</source>
        <translation>期首アカウントの解約数</translation>
    </message>
    <message>
        <source>Started and churned</source>
        <translation>期中に開始して解約</translation>
    </message>
    <message>
        <source>%1 of the %2 accounts at the start churned</source>
        <translation>期首の %2 件のうち %1 件が解約</translation>
    </message>
    <message>
        <source>Revenue churn rate</source>
        <translation>レベニューチャーンレート</translation>
    </message>
    <message>
        <source>Churned ARR over the ARR at the start</source>
        <translation>解約ARR ÷ 期首ARR</translation>
    </message>
    <message>
        <source>Net revenue churn</source>
        <translation>ネットレベニューチャーン</translation>
    </message>
    <message>
        <source>Churned and contracted ARR less expansion, over the ARR at the start (1 − NRR)</source>
        <translation>（解約ARR ＋ 縮小ARR − 拡大ARR）÷ 期首ARR（1 − NRR）</translation>
    </message>
    <message>
        <source>Early churn</source>
        <translation>早期解約</translation>
    </message>
    <message numerus="yes">
        <source>Churned within %n month(s) of starting: %1 of %2 churned</source>
        <translation>
            <numerusform>開始から %n か月以内に解約: 解約 %2 件のうち %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounts up for renewal renewed (each once in the period)</source>
        <translation>契約更新対象 %2 件のうち %1 件が更新（期間中は各アカウント 1 回）</translation>
    </message>
    <message>
        <source>Renewal rate (ARR)</source>
        <translation>契約更新率（ARR）</translation>
    </message>
    <message>
        <source>%1 of %2 up for renewal renewed</source>
        <translation>更新対象 %2 のうち %1 が更新</translation>
    </message>
</context>
<context>
    <name>KpiSettings</name>
    <message>
        <source>the fiscal year&apos;s first month must be a month number from 1 to 12, not &apos;%1&apos;</source>
        <translation>年度の開始月は 1〜12 の月で指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>the gross margin must be a percentage from 0 to 100, not &apos;%1&apos;</source>
        <translation>粗利率は 0〜100 のパーセントで指定してください（指定値: 「%1」）</translation>
    </message>
    <message>
        <source>the book %1 has a bad %2: %3</source>
        <translation>ブック %1 の %2 が正しくありません: %3</translation>
    </message>
    <message>
        <source>early churn must be within a number of months from 1 to 36, not &apos;%1&apos;</source>
        <translation>早期解約の月数は 1〜36 で指定してください（「%1」は使えません）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not arr (money per year) or mrr (per month)</source>
        <translation>「%1」は arr（年額）でも mrr（月額）でもありません</translation>
    </message>
</context>
<context>
    <name>LogActivityCommand</name>
    <message>
        <source>Log activity</source>
        <translation>活動の記録</translation>
    </message>
</context>
<context>
    <name>MakeObjectivesCommand</name>
    <message>
        <source>Make plan objectives from the hand-off</source>
        <translation>引き継ぎからプランの目標を作成</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&apos;%1&apos; is not a currency code (three letters, such as JPY or USD)</source>
        <translation>「%1」は通貨コードではありません（JPY や USD のような英字 3 文字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount of money</source>
        <translation>「%1」は金額ではありません</translation>
    </message>
    <message>
        <source>the amount %1 is negative</source>
        <translation>金額 %1 が負の値です</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 の小数部が %2 で使える桁数（%3 桁）を超えています</translation>
    </message>
    <message>
        <source>the amount %1 is too large</source>
        <translation>金額 %1 が大きすぎます</translation>
    </message>
</context>
<context>
    <name>MyDayQueries</name>
    <message>
        <source>champion %1 left</source>
        <translation>推進者 %1 が退職</translation>
    </message>
    <message>
        <source>decision maker %1 left</source>
        <translation>決裁者 %1 が退職</translation>
    </message>
    <message>
        <source>hand-off incomplete</source>
        <translation>引き継ぎが未完了</translation>
    </message>
</context>
<context>
    <name>NpsAnswers</name>
    <message>
        <source>there is no NPS answer %1</source>
        <translation>NPS回答 %1 はありません</translation>
    </message>
    <message>
        <source>an NPS answer is a whole number from 0 to 10, not %1</source>
        <translation>NPS回答は0〜10の整数です（%1 は不可）</translation>
    </message>
    <message>
        <source>%1 is in the future; answers are recorded as they come</source>
        <translation>%1 は未来の日付です。回答は届いた日に記録します</translation>
    </message>
    <message>
        <source>NPS answer %1 is already VOC entry %2</source>
        <translation>NPS回答 %1 はすでに顧客の声 %2 になっています</translation>
    </message>
    <message>
        <source>NPS answer %1 has no comment to hand on</source>
        <translation>NPS回答 %1 には引き継ぐコメントがありません</translation>
    </message>
</context>
<context>
    <name>NpsCommands</name>
    <message>
        <source>nps add: --score is a whole number from 0 to 10</source>
        <translation>nps add: --score は0〜10の整数です</translation>
    </message>
    <message>
        <source>health score %1 (NPS measure updated)</source>
        <translation>ヘルススコア %1（NPS指標を更新）</translation>
    </message>
    <message>
        <source>alert raised: a detractor&apos;s answer and the health score fell</source>
        <translation>アラートを発行：批判者の回答があり、ヘルススコアが下がりました</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>VOC</source>
        <translation>顧客の声</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an NPS answer id</source>
        <translation>「%1」はNPS回答のIDではありません</translation>
    </message>
    <message>
        <source>Record an NPS answer for an account; prints its id. The latest answer is the account&apos;s health NPS measure.</source>
        <translation>アカウントのNPS回答を記録し、IDを表示します。最新の回答がヘルススコアのNPS指標になります。</translation>
    </message>
    <message>
        <source>The answer, 0 to 10 (required).</source>
        <translation>回答（0〜10、必須）。</translation>
    </message>
    <message>
        <source>When it was answered (default today).</source>
        <translation>回答日（既定は今日）。</translation>
    </message>
    <message>
        <source>What they wrote.</source>
        <translation>回答のコメント。</translation>
    </message>
    <message>
        <source>An account&apos;s NPS answers, newest first.</source>
        <translation>アカウントのNPS回答（新しい順）。</translation>
    </message>
    <message>
        <source>Make an answer&apos;s comment a VOC entry of its account, kept linked; prints the entry&apos;s id.</source>
        <translation>回答のコメントをそのアカウントの顧客の声にし（関連付けを保持）、IDを表示します。</translation>
    </message>
    <message>
        <source>Who answered: one of the account&apos;s contacts (id or name) or any name.</source>
        <translation>回答者: アカウントの担当者（ID または名前）、または任意の名前。</translation>
    </message>
</context>
<context>
    <name>NpsImport</name>
    <message>
        <source>Date answered</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>スコア（0〜10）</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>an NPS answer is a whole number from 0 to 10</source>
        <translation>NPS の回答は 0〜10 の整数で指定してください</translation>
    </message>
</context>
<context>
    <name>NpsToVocCommand</name>
    <message>
        <source>Make VOC entry from NPS answer</source>
        <translation>NPS回答から顧客の声を作成</translation>
    </message>
</context>
<context>
    <name>OpenBooks</name>
    <message>
        <source>%1 is a book open in CS Workbench; choose another file</source>
        <translation>%1 は CS Workbench で開いているブックです。別のファイルを選んでください</translation>
    </message>
</context>
<context>
    <name>PeopleFeed</name>
    <message>
        <source>health score %1 (champion and hand-off measures updated)</source>
        <translation>ヘルススコア %1（推進者と引き継ぎの指標を更新）</translation>
    </message>
    <message>
        <source>alert raised: the health score fell</source>
        <translation>アラートを発行: ヘルススコアが低下しました</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>the period %1 is outside the years %2 to %3</source>
        <translation>期間 %1 が %2〜%3 年の範囲外です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: there is no month %2</source>
        <translation>「%1」は期間ではありません: %2 月はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: a quarter is Q1 to Q4</source>
        <translation>「%1」は期間ではありません: 四半期は Q1〜Q4 で指定してください</translation>
    </message>
    <message>
        <source>the fiscal year&apos;s first month must be 1 to 12, not %1</source>
        <translation>年度の開始月は 1〜12 で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period: %2 is not a date (YYYY-MM-DD)</source>
        <translation>「%1」は期間ではありません: %2 は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>the period %1 ends before it starts</source>
        <translation>期間 %1 は終了日が開始日より前です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period; use 2026-10 (a month), FY2026 (a fiscal year), FY2026-Q3 (a quarter of it), 2026-Q3 (a calendar quarter) or 2026-04-01..2026-09-30 (a range of days)</source>
        <translation>「%1」は期間ではありません。2026-10（月）、FY2026（年度）、FY2026-Q3（年度の四半期）、2026-Q3（暦年の四半期）、2026-04-01..2026-09-30（日付の範囲）のいずれかで指定してください</translation>
    </message>
    <message>
        <source>the period is empty; use 2026-10, FY2026, FY2026-Q3, 2026-Q3 or 2026-04-01..2026-09-30</source>
        <translation>期間が空です。2026-10、FY2026、FY2026-Q3、2026-Q3、2026-04-01..2026-09-30 のいずれかで指定してください</translation>
    </message>
    <message>
        <source>%1, same stretch</source>
        <extracomment>The same stretch of an earlier period, compared with one measured to date (前年同期)</extracomment>
        <translation>%1 同期間</translation>
    </message>
    <message>
        <source>%1 to date</source>
        <extracomment>A period still running, measured from its start to today (期首来)</extracomment>
        <translation>%1 期首来</translation>
    </message>
    <message>
        <source>%1-Q%2 (calendar)</source>
        <extracomment>A calendar quarter (January to March is Q1): %1 the year, %2 the quarter</extracomment>
        <translation>%1年 第%2四半期（暦年）</translation>
    </message>
    <message>
        <source>FY%1</source>
        <extracomment>The fiscal year that starts in the year %1 (2026年度)</extracomment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>FY%1 Q%2</source>
        <extracomment>A quarter of the fiscal year that starts in %1: %2 is 1 to 4 (2026年度 第3四半期)</extracomment>
        <translation>%1年度 第%2四半期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of days, both included</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <extracomment>The format of a month for QDate::toString (Japanese: yyyy年M月)</extracomment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>PgRows</name>
    <message>
        <source>the book %1 is not open on PostgreSQL</source>
        <translation>ブック %1 は PostgreSQL で開かれていません</translation>
    </message>
    <message>
        <source>another statement ran on the connection before all the rows were read</source>
        <translation>すべての行を読み終える前に、同じ接続で別の文が実行されました</translation>
    </message>
</context>
<context>
    <name>PlaybookCommands</name>
    <message>
        <source>--touch: &apos;%1&apos; is not a touch model (%2)</source>
        <translation>--touch: 「%1」はタッチモデルではありません（%2）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due (business days)</source>
        <translation>期限（営業日）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stage with a playbook (onboarding, adoption, expansion, churn-prevention)</source>
        <translation>「%1」はプレイブックのあるステージではありません（onboarding, adoption, expansion, churn-prevention）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step: write the business days, then the task (&quot;5 キックオフ会議を設定&quot;)</source>
        <translation>「%1」はステップではありません: 営業日数の後にタスクを書いてください（&quot;5 キックオフ会議を設定&quot;）</translation>
    </message>
    <message>
        <source>%1 accounts entering %2 get the default playbook</source>
        <translation>%2 に入る%1のアカウントには既定のプレイブックが使われます</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in the playbook for %1</source>
        <translation>
            <numerusform>%1 のプレイブックのタスク: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>The tasks each stage&apos;s playbook makes: the default, and each touch model&apos;s own where it has one.</source>
        <translation>各ステージのプレイブックが作るタスク: 既定のものと、独自のものがあるタッチモデルのもの。</translation>
    </message>
    <message>
        <source>Replace a stage&apos;s playbook: each step is the business days after entering the stage, then the task. With --touch, that touch model&apos;s own (no steps: it follows the default again).</source>
        <translation>ステージのプレイブックを置き換えます: 各ステップはステージに入ってからの営業日数とタスクです。--touch を付けるとそのタッチモデル独自のもの（ステップなし: 再び既定に従う）。</translation>
    </message>
    <message>
        <source>The touch model whose own playbook this is.</source>
        <translation>このプレイブックを使うタッチモデル。</translation>
    </message>
    <message>
        <source>Who does the tasks (default each account&apos;s CSM).</source>
        <translation>タスクの担当者（既定は各アカウントの担当CSM）。</translation>
    </message>
</context>
<context>
    <name>Playbooks</name>
    <message>
        <source>churned accounts have no playbook</source>
        <translation>解約済みのアカウントにはプレイブックがありません</translation>
    </message>
    <message>
        <source>every playbook task needs a title</source>
        <translation>プレイブックのタスクにはすべてタイトルが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: due in 0 to 365 business days</source>
        <translation>「%1」: 期限は 0〜365 営業日で指定してください</translation>
    </message>
</context>
<context>
    <name>PortfolioCharts</name>
    <message>
        <source>ARR (million %1)</source>
        <translation>ARR（百万 %1）</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR（%1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>リスクのあるARR</translation>
    </message>
    <message>
        <source>Other ARR</source>
        <translation>その他のARR</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>解約ARR</translation>
    </message>
    <message>
        <source>Churned accounts</source>
        <translation>解約アカウント数</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント数</translation>
    </message>
    <message>
        <source>Health by CSM</source>
        <translation>担当CSM別のヘルス</translation>
    </message>
    <message>
        <source>ARR by lifecycle stage</source>
        <translation>ライフサイクルステージ別のARR</translation>
    </message>
    <message>
        <source>Renewals due in the next 30, 60 and 90 days</source>
        <translation>今後 30・60・90 日以内の契約更新</translation>
    </message>
    <message>
        <source>Renewals by month</source>
        <translation>月別の契約更新</translation>
    </message>
    <message>
        <source>GRR and NRR</source>
        <translation>GRR と NRR</translation>
    </message>
    <message>
        <source>Churn by acquisition source</source>
        <translation>獲得チャネル別の解約</translation>
    </message>
    <message>
        <source>Churn by plan</source>
        <translation>プラン別の解約</translation>
    </message>
    <message>
        <source>Median days in onboarding by start quarter</source>
        <translation>開始四半期別のオンボーディング日数（中央値）</translation>
    </message>
    <message>
        <source>Voice of the customer by kind and hand-off</source>
        <translation>種類・引き継ぎ先別の顧客の声</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>スコアなし</translation>
    </message>
    <message>
        <source>(no CSM)</source>
        <translation>（担当CSMなし）</translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation>有効なアカウント数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>今後 %1 日</translation>
    </message>
    <message>
        <source>Renewals by month, %1</source>
        <translation>月別の契約更新（%1）</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR and NRR, %1</source>
        <translation>GRR と NRR（%1）</translation>
    </message>
    <message>
        <source>% of starting ARR</source>
        <translation>期首ARRに対する割合（%）</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>日数の中央値</translation>
    </message>
    <message>
        <source>Weighted ARR</source>
        <translation>重み付きARR</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>重み付き%1</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>the date format of a month and its year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1（%2 時点）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Accounts still active (%) by start cohort and months since the start</source>
        <translation>開始コホート別の継続率（%）、開始からの経過月数ごと</translation>
    </message>
    <message numerus="yes">
        <source>Early churn (accounts, within %n month(s))</source>
        <translation>
            <numerusform>早期解約（アカウント数、%n か月以内）</numerusform>
        </translation>
    </message>
    <message>
        <source>Churn reasons by acquisition source</source>
        <translation>獲得チャネル別の解約理由</translation>
    </message>
    <message>
        <source>ARR still held (%) by start cohort and months since the start</source>
        <translation>開始コホート別・開始からの月数別のARR維持率（%）</translation>
    </message>
    <message>
        <source>Churn reasons by plan</source>
        <translation>プラン別の解約理由</translation>
    </message>
</context>
<context>
    <name>PortfolioPdf</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>当期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>the portfolio computation was cancelled</source>
        <translation>ポートフォリオの集計を中止しました</translation>
    </message>
</context>
<context>
    <name>ProgramCommands</name>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation>--kind: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message numerus="yes">
        <source>Program %1: %n account(s) invited</source>
        <translation>
            <numerusform>プログラム %1: %n 社を招待しました</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>%1, row %2: %3 %4 %5: %6</source>
        <translation>%1、%2 行目: %3 %4 %5: %6</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no account: nothing was recorded; --yes records the %1 that matched</source>
        <translation>
            <numerusform>%n 行がどのアカウントとも照合できませんでした。何も記録していません。--yes で照合できた %1 行を記録します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) recorded; an activity logged on %1 account(s)</source>
        <translation>
            <numerusform>参加者 %n 人を記録し、%1 社に活動を記録しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a program (a webinar, training or user meeting) and invite the accounts a segment or filter lists (--segment, --where, --csm, --touch, … or --all); prints its id.</source>
        <translation>プログラム（ウェビナー、トレーニング、ユーザー会）を追加し、セグメントや絞り込みのアカウントを招待します（--segment, --where, --csm, --touch … または --all）。ID を表示します。</translation>
    </message>
    <message>
        <source>Invite every account.</source>
        <translation>すべてのアカウントを招待する。</translation>
    </message>
    <message>
        <source>What it is.</source>
        <translation>種類。</translation>
    </message>
    <message>
        <source>The day it is held (default today).</source>
        <translation>開催日（既定は今日）。</translation>
    </message>
    <message>
        <source>The programs, newest first, with how many were invited and attended.</source>
        <translation>プログラムの一覧（新しい順）と招待数・参加数。</translation>
    </message>
    <message>
        <source>Record who attended from a webinar tool&apos;s attendee export (name, email, company): each row matched to an account by a contact&apos;s email, the email&apos;s domain or the company; each account gets an activity. Rows that match nothing are listed and nothing is recorded, unless --yes records the rest.</source>
        <translation>ウェビナーツールの参加者エクスポート（名前、メールアドレス、会社名）から参加を記録します: 各行を担当者のメールアドレス、メールのドメイン、会社名でアカウントと照合し、各アカウントに活動を記録します。照合できない行は一覧に出し、何も記録しません（--yes なら残りを記録）。</translation>
    </message>
    <message>
        <source>Record the rows that matched.</source>
        <translation>照合できた行を記録する。</translation>
    </message>
    <message>
        <source>Remove a program (the activities logged stay on the accounts).</source>
        <translation>プログラムを削除します（記録した活動はアカウントに残ります）。</translation>
    </message>
    <message>
        <source>Record each account&apos;s programs attended in the 90 days to the program&apos;s day as this health measure (one of the scorecard&apos;s).</source>
        <translation>各アカウントが開催日までの 90 日間に参加したプログラム数を、このヘルス指標（スコアカードの指標）として記録する。</translation>
    </message>
    <message>
        <source>--contacts: &apos;%1&apos; is not one of %2</source>
        <translation>--contacts: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>担当者 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Which of each account&apos;s contacts are invited: its primary contact, all still there, or none.</source>
        <translation>各アカウントのどの担当者を招待するか: 主担当者、在籍中の全員、なし。</translation>
    </message>
    <message>
        <source>The contacts a program invites (name, email, company): the list for the webinar tool&apos;s invitations (--format csv).</source>
        <translation>プログラムが招待する担当者（名前、メールアドレス、会社名）: ウェビナーツールの招待リスト（--format csv）。</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>Webinar</source>
        <translation>ウェビナー</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>トレーニング</translation>
    </message>
    <message>
        <source>User meeting</source>
        <translation>ユーザー会</translation>
    </message>
    <message>
        <source>a program needs a name</source>
        <translation>プログラムには名前が必要です</translation>
    </message>
    <message>
        <source>a program needs the day it is held</source>
        <translation>プログラムには開催日が必要です</translation>
    </message>
    <message>
        <source>there is no program %1</source>
        <translation>プログラム %1 はありません</translation>
    </message>
    <message>
        <source>row %1: %2 is matched to no account</source>
        <translation>%1 行目: %2 はどのアカウントとも照合されていません</translation>
    </message>
    <message>
        <source>no one attended: nothing was recorded</source>
        <translation>参加者がいません。何も記録していません</translation>
    </message>
    <message>
        <source>%1: %2 (attended)</source>
        <translation>%1: %2（参加）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>RecordAttendanceCommand</name>
    <message>
        <source>Record attendance of %1</source>
        <translation>%1 の参加を記録</translation>
    </message>
</context>
<context>
    <name>RemoveContactCommand</name>
    <message>
        <source>Remove contact %1</source>
        <translation>担当者 %1 を削除</translation>
    </message>
</context>
<context>
    <name>RenewalReminders</name>
    <message>
        <source>a reminder comes 1 to 365 days before the renewal, not %1</source>
        <translation>リマインダーは契約更新の 1〜365 日前で指定してください（指定値: %1）</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>期首アカウント数</translation>
    </message>
    <message>
        <source>End</source>
        <translation>期末アカウント数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規アカウント</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <source>Logo churn</source>
        <translation>ロゴチャーンレート</translation>
    </message>
    <message>
        <source>Start ARR</source>
        <translation>期首ARR</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>解約ARR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>更新対象</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>契約更新率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>--by: &apos;%1&apos; is not one of %2</source>
        <translation>--by: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>KPIs for %1 (%2 to %3), %4</source>
        <translation>%1 の KPI（%2〜%3）、通貨: %4</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>年度の開始月</translation>
    </message>
    <message>
        <source>Gross margin (%)</source>
        <translation>粗利率（%）</translation>
    </message>
    <message>
        <source>Current fiscal year</source>
        <translation>今年度</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>年度開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>年度終了日</translation>
    </message>
    <message>
        <source>Portfolio KPIs for a period: accounts, logo churn, GRR, NRR, ARPA, LTV, renewal rate; per group and in total.</source>
        <translation>期間のポートフォリオ KPI を、グループ別と合計で表示します。対象はアカウント数、ロゴチャーンレート、売上維持率（GRR）、NRR、ARPA、LTV（顧客生涯価値）、契約更新率です。</translation>
    </message>
    <message>
        <source>One row per csm, touch, plan, source or industry (the account&apos;s current value).</source>
        <translation>行を分ける項目: csm, touch, plan, source, industry のいずれか（アカウントの現在の値ごとに 1 行）</translation>
    </message>
    <message>
        <source>The month the fiscal year starts in, 1-12 (default 4, April).</source>
        <translation>年度の開始月: 1〜12（既定: 4 = 4 月）</translation>
    </message>
    <message>
        <source>Gross margin in percent, 0-100, for LTV (default 80).</source>
        <translation>LTV の計算に使う粗利率: 0〜100 %（既定: 80）</translation>
    </message>
    <message>
        <source>Churned of start</source>
        <translation>期首の解約</translation>
    </message>
    <message>
        <source>New, churned</source>
        <translation>新規の解約</translation>
    </message>
    <message>
        <source>2026-10 (a month), FY2026 (the fiscal year starting in 2026), FY2026-Q3 (its third quarter), 2026-Q3 (a calendar quarter) or 2026-04-01..2026-09-30; default: the current fiscal year.</source>
        <translation>2026-10（月）、FY2026（2026 年に始まる年度）、FY2026-Q3（その第 3 四半期）、2026-Q3（暦年の四半期）、または 2026-04-01..2026-09-30。既定は今年度</translation>
    </message>
    <message>
        <source>Revenue churn</source>
        <translation>レベニューチャーン</translation>
    </message>
    <message>
        <source>Net revenue churn</source>
        <translation>ネットレベニューチャーン</translation>
    </message>
    <message>
        <source>Early churn</source>
        <translation>早期解約</translation>
    </message>
    <message>
        <source>Early share</source>
        <translation>早期解約の割合</translation>
    </message>
    <message>
        <source>Early churn within (months)</source>
        <translation>早期解約とみなす月数</translation>
    </message>
    <message>
        <source>A churn within this many months of the start is early churn, 1-36 (default 6).</source>
        <translation>契約開始からこの月数以内の解約を早期解約とします（1〜36、既定 6）。</translation>
    </message>
    <message>
        <source>Renewal rate (ARR)</source>
        <translation>契約更新率（ARR）</translation>
    </message>
    <message>
        <source>Revenue shown as</source>
        <translation>収益の表示</translation>
    </message>
    <message>
        <source>Show or set the fiscal year&apos;s first month, the gross margin, the early-churn months that KPIs use and whether revenue shows as ARR or MRR.</source>
        <translation>KPIに使う年度の開始月・粗利率・早期解約の月数と、収益をARRとMRRのどちらで表示するかを表示・設定します。</translation>
    </message>
    <message>
        <source>arr (default) or mrr: recurring revenue shown per year or per month in the window and in report tables (csv and json stay ARR).</source>
        <translation>arr（既定）または mrr：画面と表形式のレポートで経常収益を年額か月額で表示します（CSV・JSONはARRのまま）。</translation>
    </message>
</context>
<context>
    <name>RowImport</name>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>取り込みを中止しました。何も書き込んでいません</translation>
    </message>
    <message>
        <source>Account (external id, name or #id)</source>
        <translation>アカウント（外部ID、名前、#ID のいずれか）</translation>
    </message>
</context>
<context>
    <name>RowStream</name>
    <message>
        <source>the book %1 is not open on SQLite</source>
        <translation>ブック %1 が SQLite で開かれていません</translation>
    </message>
    <message>
        <source>the book %1 could not be read: %2</source>
        <translation>ブック %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>the book %1 is damaged (%2); restore it from a backup</source>
        <translation>ブック %1 は破損しています（%2）。バックアップから復元してください</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ScoreRecompute</name>
    <message>
        <source>the recomputation was cancelled; the scores were left as they were</source>
        <translation>再計算を中止しました。スコアは変更していません</translation>
    </message>
    <message>
        <source>health rescoring</source>
        <translation>ヘルススコアの再計算</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>Product usage (active users %)</source>
        <translation>製品利用（アクティブユーザー率 %）</translation>
    </message>
    <message>
        <source>Feature adoption (%)</source>
        <translation>機能の定着（%）</translation>
    </message>
    <message>
        <source>Performance vs goals (%)</source>
        <translation>目標に対する成果（%）</translation>
    </message>
    <message>
        <source>Expansion signals (seat use %)</source>
        <translation>拡大の兆し（シート利用率 %）</translation>
    </message>
    <message>
        <source>Support load (tickets a month)</source>
        <translation>サポート負荷（月間問い合わせ件数）</translation>
    </message>
    <message>
        <source>NPS answer (0–10)</source>
        <translation>NPS 回答（0〜10）</translation>
    </message>
    <message>
        <source>CSM sentiment (1–5)</source>
        <translation>担当CSMの所感（1〜5）</translation>
    </message>
    <message>
        <source>a scorecard needs at least one measure</source>
        <translation>スコアカードには指標が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>the bands must meet in order within 0–100: red below %1, green from %2 leaves a gap or an overlap</source>
        <translation>区分は 0〜100 の範囲で赤・黄・緑の順に隙間なく並ぶ必要があります: 赤 %1 未満、緑 %2 以上では隙間か重なりが生じます</translation>
    </message>
    <message>
        <source>the share of weight a complete score needs must be 0–100 %, not %1</source>
        <translation>完全なスコアに必要な重みの割合は 0〜100 % で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>the drop that raises an alert must be 1–100 points, not %1</source>
        <translation>アラートを出す下落幅は 1〜100 ポイントで指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>%1: the weight must be more than 0, not %2</source>
        <translation>%1: 重みは 0 より大きい値で指定してください（指定値: %2）</translation>
    </message>
    <message>
        <source>%1: the allowed range %2–%3 is empty</source>
        <translation>%1: 許容範囲 %2〜%3 が空です</translation>
    </message>
    <message>
        <source>%1: the thresholds (yellow at %2, green at %3) must lie in %4–%5 and get better from yellow to green</source>
        <translation>%1: しきい値（黄の基準 %2、緑の基準 %3）は %4〜%5 の範囲内で、黄より緑のほうが良い値にしてください</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Champion in place (1 yes, 0 left)</source>
        <translation>推進者の在籍（1 在籍、0 退職）</translation>
    </message>
    <message>
        <source>Hand-off complete (%)</source>
        <translation>引き継ぎの充足度（%）</translation>
    </message>
    <message>
        <source>%1: the alert level %2 must lie in %3–%4</source>
        <translation>%1: アラートの水準 %2 は %3〜%4 の範囲で指定してください</translation>
    </message>
    <message>
        <source>%1: the fall that raises an alert must be more than 0 and at most %2, not %3</source>
        <translation>%1: アラートを出す低下幅は 0 より大きく %2 以下にしてください（%3 は不可）</translation>
    </message>
    <message>
        <source>%1: the days a fall is looked for over must be 1–365, not %2</source>
        <translation>%1: 低下を見る日数は 1〜365 日にしてください（%2 は不可）</translation>
    </message>
</context>
<context>
    <name>ScorecardCommands</name>
    <message>
        <source>--touch: &apos;%1&apos; is not a touch model (%2)</source>
        <translation>--touch: 「%1」はタッチモデルではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>Scorecard %1 (%2): red below %3, yellow %3–%4, green from %4; complete with %5 % of the weight; alert on a drop of %6 points in 30 days</source>
        <translation>スコアカード %1（%2）: 赤 %3 未満、黄 %3〜%4、緑 %4 以上。重みの %5 % に値があれば完全なスコア。30 日間で %6 ポイント下落するとアラート</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>every touch model</source>
        <translation>すべてのタッチモデル</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>良い方向</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Yellow at</source>
        <translation>黄の基準</translation>
    </message>
    <message>
        <source>Green at</source>
        <translation>緑の基準</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1: 「%2」は数値ではありません</translation>
    </message>
    <message>
        <source>Scorecard version %1 is active. Scores already kept stay as they were computed; &apos;csw scorecard recompute&apos; rescores them under this version.</source>
        <translation>スコアカードのバージョン %1 が有効になりました。保存済みのスコアは計算時のまま残ります。このバージョンで再計算するには &apos;csw scorecard recompute&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Recomputed %1 scores.</source>
        <translation>%1 件のスコアを再計算しました。</translation>
    </message>
    <message>
        <source>The touch model&apos;s own scorecard (default: the one for every model).</source>
        <translation>このタッチモデル固有のスコアカード（既定: すべてのタッチモデル共通のスコアカード）</translation>
    </message>
    <message>
        <source>The active scorecard: measures, weights, thresholds, bands.</source>
        <translation>有効なスコアカード（指標、重み、しきい値、区分）を表示します。</translation>
    </message>
    <message>
        <source>Scores below this are red.</source>
        <translation>赤の上限（この値未満のスコアが赤）</translation>
    </message>
    <message>
        <source>Scores from this are green.</source>
        <translation>緑の下限（この値以上のスコアが緑）</translation>
    </message>
    <message>
        <source>The % of the weight a complete score needs.</source>
        <translation>完全なスコアに必要な重みの割合（%）</translation>
    </message>
    <message>
        <source>A fall of this many points in 30 days raises an alert.</source>
        <translation>アラートを出す 30 日間の下落幅（ポイント）</translation>
    </message>
    <message>
        <source>Remove a measure.</source>
        <translation>削除する指標</translation>
    </message>
    <message>
        <source>Rescore the kept history under the active scorecard.</source>
        <translation>保存済みのスコア履歴を、有効なスコアカードで再計算します。</translation>
    </message>
    <message>
        <source>Made by %1.</source>
        <translation>作成者: %1。</translation>
    </message>
    <message>
        <source>--add: &apos;%1&apos; is not one of %2</source>
        <translation>--add: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>Add a measure the book keeps itself: champion (1 while a champion is there, 0 once they left) or handoff (% of the hand-off filled).</source>
        <translation>ブックが自ら記録する指標を追加: champion（推進者が在籍中は 1、退職後は 0）または handoff（引き継ぎの記入率 %）。</translation>
    </message>
    <message>
        <source>Alert past</source>
        <translation>アラート水準</translation>
    </message>
    <message>
        <source>Alert on a fall of</source>
        <translation>アラートの低下幅</translation>
    </message>
    <message>
        <source>Within days</source>
        <translation>期間（日）</translation>
    </message>
    <message>
        <source>Change the scorecard (a new version): fields label, weight, direction, min, max, yellow, green; a new measure needs all but label. Alerts on one measure: alert (a level past which a value raises an alert), drop (a fall of so many points) and days (within how many days, 30 unless set); alert=none or drop=none takes it away.</source>
        <translation>スコアカードを変更します（新しいバージョン）: 項目は label, weight, direction, min, max, yellow, green。新しい指標には label 以外のすべてが必要です。指標ごとのアラート: alert（この水準を悪い側に越えたらアラート）、drop（この幅の低下でアラート）、days（何日以内の低下か。既定 30）。alert=none や drop=none で取り消します。</translation>
    </message>
</context>
<context>
    <name>ScorecardEdit</name>
    <message>
        <source>&apos;%1&apos; is not a measure of the scorecard</source>
        <translation>「%1」はスコアカードの指標ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not MEASURE.FIELD=VALUE (fields: %2)</source>
        <translation>「%1」は MEASURE.FIELD=VALUE の形式ではありません（フィールド: %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a measure field (%2)</source>
        <translation>「%1」は指標のフィールドではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>%1.label: a measure needs a label</source>
        <translation>%1.label: 指標には表示名が必要です</translation>
    </message>
    <message>
        <source>%1.direction: &apos;%2&apos; is not higher or lower</source>
        <translation>%1.direction: 「%2」は higher, lower のいずれでもありません</translation>
    </message>
    <message>
        <source>%1.%2: &apos;%3&apos; is not a number</source>
        <translation>%1.%2: 「%3」は数値ではありません</translation>
    </message>
    <message>
        <source>the new measure %1 needs %1.%2=…</source>
        <translation>新しい指標 %1 には %1.%2=… の指定が必要です</translation>
    </message>
    <message>
        <source>%1.days: &apos;%2&apos; is not a whole number of days</source>
        <translation>%1.days: 「%2」は日数（整数）ではありません</translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message numerus="yes">
        <source>Segment &apos;%1&apos;: %n account(s), ARR %2</source>
        <translation>
            <numerusform>セグメント「%1」: %n 件のアカウント、ARR %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存者</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Save a segment: accounts meeting every condition, e.g. adoption &lt; 40 and touch = low and renewal_days &lt;= 120; usage.age &gt; 60 (not measured for 60 days); stage_days &gt; 30. Fields: csm, plan, industry, source, touch, stage, band, arr, health, renewal_days, stage_days, tenure_days, and any health measure (its latest value) or MEASURE.age.</source>
        <translation>セグメントを保存します: すべての条件を満たすアカウント。例: adoption &lt; 40 and touch = low and renewal_days &lt;= 120、usage.age &gt; 60（60日間未計測）、stage_days &gt; 30。項目: csm、plan、industry、source、touch、stage、band、arr、health、renewal_days、stage_days、tenure_days、および任意のヘルス指標（最新値）または 指標.age。</translation>
    </message>
    <message>
        <source>The saved segments with their accounts and ARR now.</source>
        <translation>保存済みセグメントと、現在のアカウント数・ARR。</translation>
    </message>
    <message>
        <source>One segment, its size now (its accounts: account list --segment NAME).</source>
        <translation>セグメント 1 件と現在の規模（アカウント一覧: account list --segment 名前）。</translation>
    </message>
    <message>
        <source>Remove a saved segment.</source>
        <translation>保存済みセグメントを削除します。</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <source>&apos;%1&apos; is not FIELD OP VALUE (e.g. adoption &lt; 40, touch = low)</source>
        <translation>「%1」は 項目 演算子 値 の形ではありません（例: adoption &lt; 40、touch = low）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not %3</source>
        <translation>%1: 「%2」は%3ではありません</translation>
    </message>
    <message>
        <source>%1 is compared with = or != only</source>
        <translation>%1 は = または != でのみ比較できます</translation>
    </message>
    <message>
        <source>a touch model (high, low, tech)</source>
        <translation>タッチモデル（high、low、tech）</translation>
    </message>
    <message>
        <source>a stage (onboarding, adoption, …)</source>
        <translation>ステージ（onboarding、adoption など）</translation>
    </message>
    <message>
        <source>a band (red, yellow, green)</source>
        <translation>ヘルス区分（red、yellow、green）</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an account field (%2) nor a health measure (%3)</source>
        <translation>「%1」はアカウントの項目（%2）でもヘルス指標（%3）でもありません</translation>
    </message>
    <message>
        <source>a segment needs at least one condition (e.g. adoption &lt; 40)</source>
        <translation>セグメントには少なくとも 1 つの条件が必要です（例: adoption &lt; 40）</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>there is no segment named &apos;%1&apos;</source>
        <translation>「%1」という名前のセグメントはありません</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>セグメントには名前が必要です</translation>
    </message>
    <message>
        <source>the segment name &apos;%1&apos; is taken</source>
        <translation>セグメント名「%1」はすでに使われています</translation>
    </message>
    <message>
        <source>the segment &apos;%1&apos; is used by the touch model rules %2: change or remove them first</source>
        <translation>セグメント「%1」はタッチモデルのルール %2 で使われています。先にそのルールを変更するか削除してください</translation>
    </message>
</context>
<context>
    <name>SetTaskStatusCommand</name>
    <message>
        <source>Check off “%1”</source>
        <translation>「%1」の完了</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>「%1」の再開</translation>
    </message>
</context>
<context>
    <name>StageCommands</name>
    <message>
        <source>&apos;%1&apos; is not a stage (%2)</source>
        <translation>「%1」はステージではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Move an account to a stage (onboarding, adoption, expansion, churn-prevention).</source>
        <translation>アカウントを指定したステージ（onboarding, adoption, expansion, churn-prevention）に移します。</translation>
    </message>
    <message>
        <source>When it entered the stage (default today).</source>
        <translation>ステージに入った日（既定: 今日）</translation>
    </message>
    <message>
        <source>A note kept with the move.</source>
        <translation>ステージ移動に付けるメモ</translation>
    </message>
    <message>
        <source>Each stage an account was in, with entered and left dates and days spent.</source>
        <translation>アカウントがたどった各ステージを、開始日・終了日・滞在日数とともに表示します。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記録者</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>アダプション</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>エクスパンション</translation>
    </message>
    <message>
        <source>Churn prevention</source>
        <translation>チャーン防止</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <source>High touch</source>
        <translation>ハイタッチ</translation>
    </message>
    <message>
        <source>Low touch</source>
        <translation>ロータッチ</translation>
    </message>
    <message>
        <source>Tech touch</source>
        <translation>テックタッチ</translation>
    </message>
</context>
<context>
    <name>TeamBookChecks</name>
    <message>
        <source>the database of %1 is empty, not a book yet</source>
        <translation>%1 のデータベースは空で、まだブックではありません</translation>
    </message>
    <message>
        <source>the database of %1 holds other tables; it is not a CS Workbench book</source>
        <translation>%1 のデータベースには別のテーブルがあります。CS Workbench のブックではありません</translation>
    </message>
    <message>
        <source>the database of %1 is not a CS Workbench book</source>
        <translation>%1 のデータベースは CS Workbench のブックではありません</translation>
    </message>
    <message>
        <source>%1 is already a book; choose another database</source>
        <translation>%1 はすでにブックです。別のデータベースを選んでください</translation>
    </message>
    <message>
        <source>the database of %1 holds %2 other tables; a team book needs an empty database, which was left untouched</source>
        <translation>%1 のデータベースには別のテーブルが %2 個あります。チームブックには空のデータベースが必要です（データベースは変更していません）</translation>
    </message>
    <message>
        <source>cannot read the settings of the database of %1</source>
        <translation>%1 のデータベースの設定を読み取れません</translation>
    </message>
    <message>
        <source>create it with: CREATE DATABASE … ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</source>
        <translation>次のように作成してください: CREATE DATABASE … ENCODING &apos;UTF8&apos; LC_COLLATE &apos;C.UTF-8&apos; LC_CTYPE &apos;C.UTF-8&apos; TEMPLATE template0</translation>
    </message>
    <message>
        <source>the database of %1 is encoded %2, not UTF-8, and cannot hold Japanese text; %3</source>
        <translation>%1 のデータベースの文字コードは UTF-8 ではなく %2 のため、日本語を保存できません。%3</translation>
    </message>
    <message>
        <source>the database of %1 has LC_CTYPE %2, in which PostgreSQL&apos;s trigram search finds no Japanese text; %3</source>
        <translation>%1 のデータベースの LC_CTYPE は %2 で、PostgreSQL のトライグラム検索では日本語を検索できません。%3</translation>
    </message>
    <message>
        <source>the team book %1 did not say who this login is</source>
        <translation>チームブック %1 からこのログインの情報を取得できませんでした</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>--role: &apos;%1&apos; is not one of lead, csm, viewer</source>
        <translation>--role: &apos;%1&apos; は lead, csm, viewer のいずれでもありません</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>You</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>team user add LOGIN --role R | list | set LOGIN [--role R] [--csm NAME] [--team T] | remove LOGIN</source>
        <translation>team user add LOGIN --role R | list | set LOGIN [--role R] [--csm NAME] [--team T] | remove LOGIN</translation>
    </message>
    <message>
        <source>team user add needs --role lead|csm|viewer</source>
        <translation>team user add には --role lead|csm|viewer が必要です</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 を %2 として追加しました。</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 を変更しました。</translation>
    </message>
    <message>
        <source>Removed %1; their login stays on the server.</source>
        <translation>%1 を外しました。ログインはサーバーに残っています。</translation>
    </message>
    <message>
        <source>The people of a team book and their roles (lead, csm, viewer); changed by a lead.</source>
        <translation>チームブックのメンバーとロール（lead, csm, viewer）。変更はリーダーが行います。</translation>
    </message>
    <message>
        <source>lead, csm or viewer.</source>
        <translation>lead, csm, viewer のいずれか。</translation>
    </message>
    <message>
        <source>A CSM&apos;s name as the accounts carry it (needed for csm).</source>
        <translation>アカウントに記録されている担当CSMの名前（csm に必須）。</translation>
    </message>
    <message>
        <source>A viewer&apos;s team, whose VOC entries they triage: product, marketing or sales.</source>
        <translation>閲覧者のチーム（そのチーム宛てのVOCをトリアージする）: product, marketing, sales。</translation>
    </message>
</context>
<context>
    <name>TeamMember</name>
    <message>
        <source>lead</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>CSM</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>メンバー外</translation>
    </message>
    <message>
        <source>a CSM changes the accounts whose CSM they are (%1) and those accounts&apos; records, and the VOC entries they logged; scorecards, playbooks, holidays, settings, imports and people are a lead&apos;s</source>
        <translation>CSMが変更できるのは自分が担当CSM（%1）のアカウントとその記録、および自分が記録したVOCです。スコアカード、プレイブック、休日、設定、インポート、メンバーはリーダーが扱います</translation>
    </message>
    <message>
        <source>a viewer with no team reads the book and changes nothing</source>
        <translation>チーム未設定の閲覧者はブックを閲覧するだけで、変更はできません</translation>
    </message>
    <message>
        <source>a viewer reads the book and moves the VOC entries handed to their team (%1) through the triage statuses; nothing else</source>
        <translation>閲覧者はブックを閲覧し、自分のチーム（%1）宛てのVOCのステータスを進められます。それ以外は変更できません</translation>
    </message>
    <message>
        <source>the login %1 is not a member of this team book; a lead adds it with &apos;csw team user add&apos;</source>
        <translation>ログイン %1 はこのチームブックのメンバーではありません。リーダーが &apos;csw team user add&apos; で追加します</translation>
    </message>
    <message>
        <source>Only a lead does this on a team book (you are: %1)</source>
        <translation>チームブックではリーダーだけが行えます（あなたのロール: %1）</translation>
    </message>
    <message>
        <source>the team book %1 refused the change; nothing was changed</source>
        <translation>チームブック %1 が変更を拒否しました。何も変更されていません</translation>
    </message>
    <message>
        <source>refused by the team book %1 (login %2, role %3): %4; nothing was changed</source>
        <translation>チームブック %1 が拒否しました（ログイン %2、ロール %3）: %4。何も変更されていません</translation>
    </message>
</context>
<context>
    <name>TeamMembers</name>
    <message>
        <source>%1 is a local book with one user (you, a lead); people and roles are for team books</source>
        <translation>%1 は利用者が1人（リーダーであるあなた）のローカルブックです。メンバーとロールはチームブックの機能です</translation>
    </message>
    <message>
        <source>people and roles are changed by a lead of the team book %1 (you, %2, are %3)</source>
        <translation>チームブック %1 のメンバーとロールはリーダーが変更します（あなた %2 のロール: %3）</translation>
    </message>
    <message>
        <source>a person needs a login</source>
        <translation>メンバーにはログインが必要です</translation>
    </message>
    <message>
        <source>a person&apos;s role is lead, csm or viewer</source>
        <translation>ロールは lead, csm, viewer のいずれかです</translation>
    </message>
    <message>
        <source>a CSM needs the name the accounts carry as their CSM (--csm NAME)</source>
        <translation>CSMにはアカウントに記録されている担当CSMの名前が必要です（--csm NAME）</translation>
    </message>
    <message>
        <source>the team &apos;%1&apos; is not one of product, marketing, sales</source>
        <translation>チーム &apos;%1&apos; は product, marketing, sales のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 is a role on the server but not a login; give it LOGIN first (ALTER ROLE %2 LOGIN)</source>
        <translation>%1 はサーバー上のロールですがログインできません。先に LOGIN を付与してください（ALTER ROLE %2 LOGIN）</translation>
    </message>
    <message>
        <source>there is no login %1 on the server, and yours may not create one: ask the team&apos;s IT to run CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;, then add it again</source>
        <translation>サーバーにログイン %1 がなく、あなたのログインでは作成できません。情報システム担当に CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos; を実行してもらい、もう一度追加してください</translation>
    </message>
    <message>
        <source>%1 owns the team book and is a lead already</source>
        <translation>%1 はチームブックの所有者で、すでにリーダーです</translation>
    </message>
    <message>
        <source>%1 is a member already (%2); change the role with &apos;csw team user set&apos;</source>
        <translation>%1 はすでにメンバーです（%2）。ロールの変更は &apos;csw team user set&apos; で行います</translation>
    </message>
    <message>
        <source>%1 owns the team book: always a lead</source>
        <translation>%1 はチームブックの所有者で、常にリーダーです</translation>
    </message>
    <message>
        <source>%1 is not a member of the team book %2</source>
        <translation>%1 はチームブック %2 のメンバーではありません</translation>
    </message>
    <message>
        <source>%1 is the CSM of %2 accounts (as %3); reassign them first, e.g. &apos;csw account set ID csm=NAME&apos;</source>
        <translation>%1 は %2 件のアカウントの担当CSM（%3）です。先に担当を付け替えてください（例: &apos;csw account set ID csm=NAME&apos;）</translation>
    </message>
</context>
<context>
    <name>TouchCommands</name>
    <message>
        <source>&apos;%1&apos; is not a touch model (%2)</source>
        <translation>「%1」はタッチモデルではありません（%2）</translation>
    </message>
    <message>
        <source>Rule %1: %2 → %3</source>
        <translation>ルール %1: %2 → %3</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>ARR from</source>
        <translation>ARR（以上）</translation>
    </message>
    <message>
        <source>ARR below</source>
        <translation>ARR（未満）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>there are no touch model rules: add one with csw touch add</source>
        <translation>タッチモデルのルールがありません: csw touch add で追加してください</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would change, ARR %1; %2 kept by hand; %3 covered by no rule</source>
        <translation>
            <numerusform>%n 社が変わります（ARR %1）。手動で固定 %2 社、どのルールにも当たらない %3 社</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>ルールによる値</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Kept by hand</source>
        <translation>手動で固定</translation>
    </message>
    <message>
        <source>no account&apos;s touch model would change: nothing was changed (%1)</source>
        <translation>タッチモデルが変わるアカウントはありません。何も変更していません（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) changed</source>
        <translation>
            <numerusform>%n 社を変更しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) follow the touch model rules again</source>
        <translation>
            <numerusform>%n 社が再びタッチモデルのルールに従います</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) keep their touch model by hand</source>
        <translation>
            <numerusform>%n 社のタッチモデルを手動で固定しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a touch model rule: accounts whose ARR is from --from and below --below (either end open), optionally only on --plan or in --segment, get this touch model. A segment&apos;s rule comes before a plan&apos;s, which comes before one for every account; rules of the same reach may not overlap.</source>
        <translation>タッチモデルのルールを追加します: ARR が --from 以上 --below 未満（どちらも省略可）のアカウント（--plan のプランや --segment のセグメントに限ることも可）がこのタッチモデルになります。セグメントのルールがプランのルールより、プランのルールが全アカウントのルールより先に当たります。同じ範囲のルールは重なれません。</translation>
    </message>
    <message>
        <source>The lowest ARR covered (inclusive).</source>
        <translation>対象となる最小の ARR（この値を含む）。</translation>
    </message>
    <message>
        <source>The ARR the rule stops below.</source>
        <translation>この ARR 未満まで。</translation>
    </message>
    <message>
        <source>Only accounts on this plan.</source>
        <translation>このプランのアカウントだけ。</translation>
    </message>
    <message>
        <source>Only accounts in this saved segment.</source>
        <translation>この保存済みセグメントのアカウントだけ。</translation>
    </message>
    <message>
        <source>The touch model rules.</source>
        <translation>タッチモデルのルール一覧。</translation>
    </message>
    <message>
        <source>Remove a touch model rule.</source>
        <translation>タッチモデルのルールを削除します。</translation>
    </message>
    <message>
        <source>The accounts whose touch model the rules would change, their ARR, and those kept by hand.</source>
        <translation>ルールでタッチモデルが変わるアカウントとその ARR、手動で固定したアカウント。</translation>
    </message>
    <message>
        <source>Set each account&apos;s touch model by the rules, in one step (accounts kept by hand are left alone).</source>
        <translation>ルールに従って各アカウントのタッチモデルを一度に設定します（手動で固定したアカウントはそのまま）。</translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation>日付（既定は今日）。</translation>
    </message>
    <message>
        <source>Keep these accounts&apos; touch model as set by hand: the rules leave them alone (--off: follow the rules again).</source>
        <translation>これらのアカウントのタッチモデルを手動で固定し、ルールの対象外にします（--off: 再びルールに従う）。</translation>
    </message>
    <message>
        <source>Follow the rules again.</source>
        <translation>再びルールに従う。</translation>
    </message>
</context>
<context>
    <name>TouchRules</name>
    <message>
        <source>rule %1 covers no ARR: %2</source>
        <translation>ルール %1 の ARR の範囲が空です: %2</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>rules %1 and %2 overlap: %3 (%4) and %5 (%6) cover the same accounts</source>
        <translation>ルール %1 と %2 が重なっています: %3（%4）と %5（%6）が同じアカウントに当たります</translation>
    </message>
    <message>
        <source>there is no touch model rule %1</source>
        <translation>タッチモデルのルール %1 はありません</translation>
    </message>
    <message>
        <source>no account&apos;s touch model would change: nothing was changed</source>
        <translation>タッチモデルが変わるアカウントはありません。何も変更していません</translation>
    </message>
    <message>
        <source>%1 ≤ ARR &lt; %2</source>
        <translation>%1 ≤ ARR &lt; %2</translation>
    </message>
    <message>
        <source>ARR ≥ %1</source>
        <translation>ARR ≥ %1</translation>
    </message>
    <message>
        <source>ARR &lt; %1</source>
        <translation>ARR &lt; %1</translation>
    </message>
    <message>
        <source>any ARR</source>
        <translation>ARR を問わない</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>セグメント %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>プラン %1</translation>
    </message>
</context>
<context>
    <name>VocCommands</name>
    <message>
        <source>&apos;%1&apos; is not a VOC entry id</source>
        <translation>「%1」は顧客の声のIDではありません</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>記録日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Hand-off to</source>
        <translation>引き継ぎ先</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手経路</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Account count</source>
        <translation>アカウント数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Weighted ARR</source>
        <translation>重み付きARR</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>リスクのあるARR</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>統合先</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更項目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Log what customers said; prints the new VOC entry&apos;s id. IMPORTANCE is 1-3 or nice-to-have, important, dealbreaker.</source>
        <translation>顧客の声を記録し、新しい顧客の声の ID を表示します。IMPORTANCE は 1〜3 または nice-to-have, important, dealbreaker のいずれかです。</translation>
    </message>
    <message>
        <source>What kind of voice it is.</source>
        <translation>顧客の声の種類</translation>
    </message>
    <message>
        <source>What the customer said.</source>
        <translation>顧客が話した内容</translation>
    </message>
    <message>
        <source>Free tags, comma-separated.</source>
        <translation>自由入力のタグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>Where it was heard: %1.</source>
        <translation>入手経路: %1 のいずれか</translation>
    </message>
    <message>
        <source>Importance for accounts given without one (default nice-to-have).</source>
        <translation>重要度を指定していないアカウントの重要度（既定: nice-to-have）</translation>
    </message>
    <message>
        <source>When it was heard (default today).</source>
        <translation>聞いた日（既定: 今日）</translation>
    </message>
    <message>
        <source>One VOC entry with its accounts and impact.</source>
        <translation>顧客の声 1 件を、関連するアカウントとインパクトとともに表示します。</translation>
    </message>
    <message>
        <source>When it changed (default today).</source>
        <translation>変更日（既定: 今日）</translation>
    </message>
    <message>
        <source>Merge a duplicate entry into another; accounts and tags are united.</source>
        <translation>重複した顧客の声を別の顧客の声に統合します。アカウントとタグはまとめられます。</translation>
    </message>
    <message>
        <source>The entry that stays.</source>
        <translation>統合先（残す方）の顧客の声</translation>
    </message>
    <message>
        <source>When it was merged (default today).</source>
        <translation>統合日（既定: 今日）</translation>
    </message>
    <message>
        <source>Record that a customer contact was told what became of the entry (closed loop).</source>
        <translation>顧客の声の対応結果を顧客の担当者に報告したことを記録します（顧客に報告済み）。</translation>
    </message>
    <message>
        <source>How: email, call, meeting...</source>
        <translation>報告方法（メール、電話、ミーティングなど）</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation>報告日（既定: 今日）</translation>
    </message>
    <message>
        <source>Every dated change of an entry and who was told.</source>
        <translation>顧客の声の変更履歴と報告先を日付順に表示します。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Write a note on an entry (kept in its history with who wrote it).</source>
        <translation>エントリにメモを書きます（書いた人とともに履歴に残ります）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is none of the contacts of the accounts named (see csw contact list)</source>
        <translation>「%1」は指定したアカウントの担当者にいません（csw contact list を参照）</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>Hand off to product, marketing, both or sales (default product).</source>
        <translation>引き継ぎ先: product、marketing、both、sales（既定は product）。</translation>
    </message>
    <message>
        <source>Who said it: one of the accounts&apos; contacts, by id or name.</source>
        <translation>発言者: アカウントの担当者（ID または名前）。</translation>
    </message>
    <message>
        <source>Change an entry: status=S to=T tags=A,B kind=K source=S text=T accounts=ID[:IMPORTANCE],... said_by=CONTACT</source>
        <translation>エントリを変更: status=S to=T tags=A,B kind=K source=S text=T accounts=ID[:重要度],... said_by=担当者</translation>
    </message>
    <message>
        <source>Who was told: one of the account&apos;s contacts (id or name) or any name.</source>
        <translation>報告した相手: アカウントの担当者（ID または名前）、または任意の名前。</translation>
    </message>
</context>
<context>
    <name>VocExport</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>記録日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Hand-off to</source>
        <translation>引き継ぎ先</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手経路</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Weighted ARR</source>
        <translation>重み付きARR</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>リスクのあるARR</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>リスクのあるアカウント数</translation>
    </message>
    <message>
        <source>Account names</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>CSMs</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Contacts told</source>
        <translation>報告した顧客担当者</translation>
    </message>
    <message>
        <source>VOC reports are written in UTF-8 or CP932</source>
        <translation>顧客の声レポートは UTF-8 または CP932 で書き出します</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>VOC entry %1, column %2: %3 cannot be written in %4; export as UTF-8 instead (with --bom for Excel)</source>
        <translation>顧客の声 #%1、列「%2」: %3 は %4 では書き出せません。代わりに UTF-8 で書き出してください（Excel 用には --bom を付けて）</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>書き出しを中止しました</translation>
    </message>
    <message>
        <source>Churned ARR behind it</source>
        <translation>関連する解約ARR</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>発言者</translation>
    </message>
</context>
<context>
    <name>VocImport</name>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Hand-off to</source>
        <translation>引き継ぎ先</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手経路</translation>
    </message>
    <message>
        <source>Date heard</source>
        <translation>聞いた日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Importance (1-3)</source>
        <translation>重要度（1〜3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind (%2)</source>
        <translation>「%1」は種類ではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not product, marketing or both</source>
        <translation>「%1」は product, marketing, both のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source (%2)</source>
        <translation>「%1」は入手経路ではありません（%2 のいずれか）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1, 2 or 3</source>
        <translation>「%1」は 1, 2, 3 のいずれでもありません</translation>
    </message>
</context>
<context>
    <name>VocListCommands</name>
    <message>
        <source>--bom is for UTF-8 files; cp932 has no byte order mark</source>
        <translation>--bom は UTF-8 のファイル用です。cp932 にはバイトオーダーマークはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n VOC entries written to %1</source>
        <translation>
            <numerusform>%1 に顧客の声を %n 件書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>VOC entries ranked by impact, with their accounts&apos; ARR and ARR at risk.</source>
        <translation>顧客の声をインパクト順に、関連アカウントの ARR とリスクのあるARRとともに一覧表示します。</translation>
    </message>
    <message>
        <source>Write the hand-off report: the filtered VOC entries, ranked, as CSV.</source>
        <translation>引き継ぎ用レポートを書き出します。絞り込んだ顧客の声を順位付けして CSV で出力します。</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for standard output.</source>
        <translation>書き出す CSV ファイル（標準出力には -）</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel).</source>
        <translation>先頭に UTF-8 のバイトオーダーマーク（BOM）を付ける（Excel 用）</translation>
    </message>
    <message>
        <source>utf-8 (default) or cp932 for older Japanese Excel.</source>
        <translation>utf-8（既定）、または古い日本語版 Excel 用の cp932</translation>
    </message>
    <message>
        <source>Leave out customer-identifying columns (account names, contacts).</source>
        <translation>顧客を特定できる列（アカウント名、報告した顧客担当者）を除外</translation>
    </message>
    <message>
        <source>--replace-unencodable is for cp932: UTF-8 holds every character</source>
        <translation>--replace-unencodable は cp932 用です。UTF-8 はすべての文字を扱えます</translation>
    </message>
    <message>
        <source>VOC entry %1, column %2: %3 is not in cp932; written as 〓</source>
        <translation>顧客の声 #%1、列「%2」: %3 は cp932 にないため 〓 で書き出しました</translation>
    </message>
    <message>
        <source>give the file once: export voc FILE, or --output FILE</source>
        <translation>ファイルは一度だけ指定してください: export voc FILE または --output FILE</translation>
    </message>
    <message>
        <source>say where to write: export voc FILE, --output FILE, or --output - for standard output</source>
        <translation>書き出し先を指定してください: export voc FILE、--output FILE、標準出力なら --output -</translation>
    </message>
    <message>
        <source>cp932: write a character it cannot hold as 〓 (each one listed) instead of stopping.</source>
        <translation>cp932: 表せない文字で中止せず 〓 で書き出します（置き換えた文字はすべて表示します）。</translation>
    </message>
</context>
<context>
    <name>VocNames</name>
    <message>
        <source>Feature request</source>
        <translation>機能要望</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>不具合</translation>
    </message>
    <message>
        <source>Usability barrier</source>
        <translation>使いにくさ</translation>
    </message>
    <message>
        <source>Expectation gap</source>
        <translation>期待とのギャップ</translation>
    </message>
    <message>
        <source>Praise / success story</source>
        <translation>成功事例・称賛</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>解約理由</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>プロダクト</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Product and marketing</source>
        <translation>プロダクトとマーケティング</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>トリアージ済み</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>引き継ぎ済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画済み</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>見送り</translation>
    </message>
    <message>
        <source>Closed loop</source>
        <translation>顧客に報告済み</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Nice to have (+1)</source>
        <translation>あれば良い（+1）</translation>
    </message>
    <message>
        <source>Important (+2)</source>
        <translation>重要（+2）</translation>
    </message>
    <message>
        <source>Dealbreaker (+3)</source>
        <translation>必須（+3）</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>営業</translation>
    </message>
</context>
<context>
    <name>VocOptions</name>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: 「%2」は %3 のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account id (ID or ID:IMPORTANCE)</source>
        <translation>「%1」はアカウントIDではありません（ID または ID:IMPORTANCE の形式）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: importance is 1, 2 or 3 (nice-to-have, important, dealbreaker)</source>
        <translation>「%1」: 重要度は 1, 2, 3（nice-to-have, important, dealbreaker）のいずれかで指定してください</translation>
    </message>
    <message>
        <source>name at least one account id</source>
        <translation>アカウントIDを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not FIELD=VALUE</source>
        <translation>「%1」は FIELD=VALUE の形式ではありません</translation>
    </message>
    <message>
        <source>Only entries for product, marketing (each includes both) or both.</source>
        <translation>この引き継ぎ先の顧客の声のみ: product, marketing（いずれも both を含む）, both</translation>
    </message>
    <message>
        <source>Only entries in this status.</source>
        <translation>この状態の顧客の声のみ</translation>
    </message>
    <message>
        <source>Only entries of this kind.</source>
        <translation>この種類の顧客の声のみ</translation>
    </message>
    <message>
        <source>Only entries with this tag.</source>
        <translation>このタグが付いた顧客の声のみ</translation>
    </message>
    <message>
        <source>Only entries whose text contains this (Japanese too).</source>
        <translation>内容にこの文字列を含む顧客の声のみ（日本語も可）</translation>
    </message>
    <message>
        <source>Only entries logged on or after.</source>
        <translation>この日以降に記録された顧客の声のみ</translation>
    </message>
    <message>
        <source>Only entries logged on or before.</source>
        <translation>この日以前に記録された顧客の声のみ</translation>
    </message>
    <message>
        <source>Only entries from accounts of this CSM.</source>
        <translation>この担当CSMのアカウントの顧客の声のみ</translation>
    </message>
    <message>
        <source>Only entries from accounts of this touch model.</source>
        <translation>このタッチモデルのアカウントの顧客の声のみ</translation>
    </message>
    <message>
        <source>Only entries of this account.</source>
        <translation>このアカウントの顧客の声のみ</translation>
    </message>
    <message>
        <source>Rank by impact (ARR x importance), arr, risk, accounts, date or id.</source>
        <translation>並べ替えの基準: impact（ARR × 重要度）, arr, risk, accounts, date, id のいずれか</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: 「%2」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VOC field (status, to, tags, kind, source, text, accounts, said_by)</source>
        <translation>「%1」は VOC の項目ではありません（status、to、tags、kind、source、text、accounts、said_by）</translation>
    </message>
    <message>
        <source>Only entries from accounts of this saved segment.</source>
        <translation>この保存済みセグメントのアカウントのエントリだけ。</translation>
    </message>
    <message>
        <source>Only entries from accounts meeting these conditions.</source>
        <translation>この条件を満たすアカウントのエントリだけ。</translation>
    </message>
</context>
<context>
    <name>VocRepository</name>
    <message>
        <source>there is no VOC entry %1 in this book</source>
        <translation>このブックに顧客の声 #%1 はありません</translation>
    </message>
    <message>
        <source>VOC entry %1</source>
        <translation>VOC %1</translation>
    </message>
</context>
<context>
    <name>VocService</name>
    <message>
        <source>the VOC text is empty: say what the customer said</source>
        <translation>顧客の声の内容が空です。顧客が話した内容を入力してください</translation>
    </message>
    <message>
        <source>the VOC entry has no date</source>
        <translation>顧客の声に日付がありません</translation>
    </message>
    <message>
        <source>the date %1 is in the future (today is %2)</source>
        <translation>日付 %1 は未来の日付です（今日は %2）</translation>
    </message>
    <message>
        <source>a VOC entry needs at least one account that said it</source>
        <translation>顧客の声には、発言したアカウントが 1 つ以上必要です</translation>
    </message>
    <message>
        <source>account %1 is listed twice</source>
        <translation>アカウント %1 が 2 回指定されています</translation>
    </message>
    <message>
        <source>VOC entry %1 was merged into %2; change that one instead</source>
        <translation>顧客の声 #%1 は #%2 に統合済みです。統合先の顧客の声を変更してください</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日付 %1 は未来の日付です</translation>
    </message>
    <message>
        <source>VOC entry %1 cannot be merged into itself</source>
        <translation>顧客の声 #%1 をそれ自体に統合することはできません</translation>
    </message>
    <message>
        <source>VOC entry %1 was already merged into %2</source>
        <translation>顧客の声 #%1 はすでに #%2 に統合済みです</translation>
    </message>
    <message>
        <source>account %1 is not linked to VOC entry %2</source>
        <translation>アカウント %1 は顧客の声 #%2 に関連付けられていません</translation>
    </message>
    <message>
        <source>VOC entry %1</source>
        <translation>VOC %1</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>メモが空です</translation>
    </message>
    <message>
        <source>the note is %1 characters long; at most %2 fit</source>
        <translation>メモが%1文字あります。%2文字までです</translation>
    </message>
</context>
<context>
    <name>VocWorkflow</name>
    <message>
        <source>VOC entry %1 cannot move from %2 to %3 (statuses move forward: new, triaged, handed-off, accepted, planned, done; or declined; then closed-loop); from %2 it can move to: %4</source>
        <translation>顧客の声 #%1 の状態を %2 から %3 に変更できません（状態は new, triaged, handed-off, accepted, planned, done の順に進むか declined になり、その後 closed-loop になります）。%2 から変更できる状態: %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>WorkCommands</name>
    <message>
        <source>--kind: &apos;%1&apos; is not one of %2</source>
        <translation>--kind: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>--voc: &apos;%1&apos; is not a VOC entry id</source>
        <translation>--voc: 「%1」は顧客の声のIDではありません</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>VOC</source>
        <translation>顧客の声</translation>
    </message>
    <message>
        <source>--due: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--due: 「%1」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not open, done or cancelled</source>
        <translation>--status: 「%1」は open, done, cancelled のいずれでもありません</translation>
    </message>
    <message>
        <source>--due-before: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--due-before: 「%1」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task id</source>
        <translation>「%1」はタスクIDではありません</translation>
    </message>
    <message>
        <source>--lead: &apos;%1&apos; is not a number of days</source>
        <translation>--lead: 「%1」は日数ではありません</translation>
    </message>
    <message>
        <source>Renewal reminders made: %1</source>
        <translation>作成した更新リマインダー: %1 件</translation>
    </message>
    <message>
        <source>holiday %1 DATE [NAME]: &apos;%2&apos; is not a date</source>
        <translation>holiday %1 DATE [NAME]: 「%2」は日付ではありません</translation>
    </message>
    <message>
        <source>Holidays added: %1</source>
        <translation>追加した休日: %1 件</translation>
    </message>
    <message>
        <source>holiday list|add|remove|japan</source>
        <translation>holiday list|add|remove|japan</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Log a call, meeting, email, note or QBR on an account&apos;s timeline; prints its id.</source>
        <translation>アカウントのタイムラインに電話、ミーティング、メール、メモ、QBR を記録し、その ID を表示します。</translation>
    </message>
    <message>
        <source>What it was.</source>
        <translation>活動の種類</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>活動の内容</translation>
    </message>
    <message>
        <source>Who logs it.</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>A VOC entry it relates to.</source>
        <translation>関連する顧客の声</translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation>日付（既定: 今日）</translation>
    </message>
    <message>
        <source>An account&apos;s activities, newest first.</source>
        <translation>アカウントの活動を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Add a task on an account; prints the task id.</source>
        <translation>アカウントにタスクを追加し、そのタスク ID を表示します。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>タスクの内容</translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Who does it (default the account&apos;s CSM).</source>
        <translation>担当者（既定: アカウントの担当CSM）</translation>
    </message>
    <message>
        <source>Tasks by due date.</source>
        <translation>タスクを期限順に一覧表示します。</translation>
    </message>
    <message>
        <source>Only this owner&apos;s tasks.</source>
        <translation>この担当者のタスクのみ</translation>
    </message>
    <message>
        <source>Only tasks due on or before.</source>
        <translation>この日以前が期限のタスクのみ</translation>
    </message>
    <message>
        <source>Only tasks in this status.</source>
        <translation>この状態のタスクのみ</translation>
    </message>
    <message>
        <source>Only this account&apos;s tasks.</source>
        <translation>このアカウントのタスクのみ</translation>
    </message>
    <message>
        <source>Check a task off.</source>
        <translation>タスクを完了にします。</translation>
    </message>
    <message>
        <source>Cancel a task.</source>
        <translation>タスクをキャンセルします。</translation>
    </message>
    <message>
        <source>Open a done or cancelled task again.</source>
        <translation>完了またはキャンセルしたタスクを再開します。</translation>
    </message>
    <message>
        <source>Make the renewal reminder tasks that are due (once per account and window).</source>
        <translation>時期が来た更新リマインダーのタスクを作成します（アカウントとリマインダーの時期ごとに 1 回）。</translation>
    </message>
    <message>
        <source>Set the reminder windows, days before renewal (default 90,60,30).</source>
        <translation>リマインダーの時期を設定（契約更新の何日前か。既定: 90,60,30）</translation>
    </message>
    <message>
        <source>The holidays business days skip.</source>
        <translation>営業日の計算で除外する休日を表示・管理します。</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>完了者</translation>
    </message>
    <message>
        <source>--with: &apos;%1&apos; is none of account %2&apos;s contacts (see csw contact list)</source>
        <translation>--with: 「%1」はアカウント %2 の担当者にいません（csw contact list を参照）</translation>
    </message>
    <message>
        <source>With</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Who took part: the account&apos;s contacts, by id or name.</source>
        <translation>参加者: アカウントの担当者（ID または名前）。</translation>
    </message>
</context>
<context>
    <name>WorkNames</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Kickoff meeting: goals and success criteria</source>
        <translation>キックオフミーティング: 目標と成功基準を確認</translation>
    </message>
    <message>
        <source>Agree the success plan and a quick win</source>
        <translation>サクセスプランとクイックウィンを合意</translation>
    </message>
    <message>
        <source>Check the first logins and setup</source>
        <translation>初回ログインと初期設定を確認</translation>
    </message>
    <message>
        <source>Confirm the quick win with the customer</source>
        <translation>クイックウィンの達成を顧客と確認</translation>
    </message>
    <message>
        <source>Review usage and feature adoption</source>
        <translation>利用状況と機能の定着度をレビュー</translation>
    </message>
    <message>
        <source>Training for the users who lag</source>
        <translation>活用が遅れているユーザーにトレーニングを実施</translation>
    </message>
    <message>
        <source>Plan the next QBR</source>
        <translation>次回の QBR を計画</translation>
    </message>
    <message>
        <source>Map upsell and cross-sell opportunities</source>
        <translation>アップセル・クロスセルの機会を洗い出し</translation>
    </message>
    <message>
        <source>Hand the expansion case to sales</source>
        <translation>エクスパンション案件を営業に引き継ぎ</translation>
    </message>
    <message>
        <source>Call the sponsor: what changed?</source>
        <translation>スポンサーに電話: 何が変わったかを確認</translation>
    </message>
    <message>
        <source>Write a rescue plan with the customer</source>
        <translation>顧客と共同でリカバリープランを作成</translation>
    </message>
    <message>
        <source>Escalate to the team lead if no progress</source>
        <translation>進展がなければチームリーダーにエスカレーション</translation>
    </message>
    <message>
        <source>Renewal on %1 (%2 days): confirm the renewal</source>
        <translation>契約更新日 %1（%2 日前）: 契約更新を確認</translation>
    </message>
</context>
<context>
    <name>WorkRepository</name>
    <message>
        <source>an activity needs a text</source>
        <translation>活動には内容が必要です</translation>
    </message>
    <message>
        <source>an activity needs a date</source>
        <translation>活動には日付が必要です</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日付 %1 は未来の日付です</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>タスクにはタイトルが必要です</translation>
    </message>
    <message>
        <source>a task needs a due date</source>
        <translation>タスクには期限が必要です</translation>
    </message>
    <message>
        <source>there is no task %1 in this book</source>
        <translation>このブックにタスク %1 はありません</translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>タスク %1 はすでに %2 です</translation>
    </message>
    <message>
        <source>an objective needs a title</source>
        <translation>目標にはタイトルが必要です</translation>
    </message>
    <message>
        <source>an objective&apos;s target must differ from its start</source>
        <translation>目標値は開始値と異なる値にしてください</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>タスク %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>%1 is no longer in this book</source>
        <translation>%1 はこのブックにもうありません</translation>
    </message>
</context>
<context>
    <name>csw::AccountDetailView</name>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>ステージを移動(&amp;M)…</translation>
    </message>
    <message>
        <source>Ch&amp;urn…</source>
        <translation>解約(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>契約更新(&amp;R)…</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>ステージの推移</translation>
    </message>
    <message>
        <source>ARR history</source>
        <translation>ARR の履歴</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>アカウントが選択されていません</translation>
    </message>
    <message>
        <source>Churned on %1</source>
        <translation>%1 に解約済み</translation>
    </message>
    <message>
        <source>Churned on %1: %2</source>
        <translation>%1 に解約済み: %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1 へ移動</translation>
    </message>
    <message>
        <source>Churn %1</source>
        <translation>%1 の解約</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>%1 の契約更新</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>顧客の声</translation>
    </message>
    <message>
        <source>Success plan</source>
        <translation>サクセスプラン</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS回答</translation>
    </message>
    <message>
        <source> — </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Hand-off from sales</source>
        <translation>営業からの引き継ぎ</translation>
    </message>
</context>
<context>
    <name>csw::AccountFieldsForm</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Acquisition source</source>
        <translation>獲得チャネル</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>契約更新日</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Remove the %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>A churned account&apos;s ARR is kept as it was lost</source>
        <translation>解約済みアカウントの ARR は、解約時点の値のまま保持されます</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR（%1）</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>アカウントの編集</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>アカウントには名前が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not an amount of ARR: %2</source>
        <translation>「%1」は ARR の金額ではありません: %2</translation>
    </message>
</context>
<context>
    <name>csw::AccountFilterBar</name>
    <message>
        <source>Search name, external ID or CSM</source>
        <translation>名前・外部ID・担当CSMで検索</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべてのステージ</translation>
    </message>
    <message>
        <source>All touch models</source>
        <translation>すべてのタッチモデル</translation>
    </message>
    <message>
        <source>CSM:</source>
        <translation>担当CSM:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>ステージ:</translation>
    </message>
    <message>
        <source>Touch:</source>
        <translation>タッチモデル:</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message>
        <source>All health bands</source>
        <translation>すべてのヘルス区分</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>ヘルス:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Drop these conditions</source>
        <translation>これらの条件を解除します</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>プラン: %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>獲得チャネル: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>renewal %1</source>
        <translation>契約更新日: %1</translation>
    </message>
    <message>
        <source>churned %1</source>
        <translation>解約日: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>その他の条件: %1</translation>
    </message>
    <message>
        <source>Conditions…</source>
        <translation>条件…</translation>
    </message>
    <message>
        <source>Filter by any field and health measure, and save it as a segment</source>
        <translation>任意の項目とヘルス指標で絞り込み、セグメントとして保存します</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>セグメント:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>where %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The segment cannot be used: %1</source>
        <translation>このセグメントは使えません: %1</translation>
    </message>
</context>
<context>
    <name>csw::AccountPicker</name>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>Type part of an account name, or #id</source>
        <translation>アカウント名の一部、または #ID を入力</translation>
    </message>
    <message>
        <source>choose an account first</source>
        <translation>先にアカウントを選んでください</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>ブックが開かれていません</translation>
    </message>
    <message>
        <source>no account matches “%1”</source>
        <translation>「%1」に一致するアカウントはありません</translation>
    </message>
    <message>
        <source>several accounts match “%1”: pick one from the list</source>
        <translation>「%1」に一致するアカウントが複数あります。一覧から選んでください</translation>
    </message>
</context>
<context>
    <name>csw::AccountRowModel</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>契約更新日</translation>
    </message>
    <message>
        <source>Onboarding since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>発生日</translation>
    </message>
</context>
<context>
    <name>csw::AccountTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>契約更新日</translation>
    </message>
    <message>
        <source>Days to renewal</source>
        <translation>契約更新までの日数</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 の名前変更</translation>
    </message>
    <message>
        <source>Change the CSM of %1</source>
        <translation>%1 の担当CSM変更</translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation>%1 のプラン変更</translation>
    </message>
    <message>
        <source>Health score %1 (%2)</source>
        <translation>ヘルススコア %1（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
</context>
<context>
    <name>csw::AccountTasksPanel</name>
    <message>
        <source>Add tas&amp;k…</source>
        <translation>タスクを追加(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>csw::AccountVocModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>発言内容</translation>
    </message>
</context>
<context>
    <name>csw::AccountVocPanel</name>
    <message>
        <source>Lo&amp;g VOC…</source>
        <translation>顧客の声を記録(&amp;G)…</translation>
    </message>
    <message>
        <source>Log what this customer said (Ctrl+Shift+V)</source>
        <translation>この顧客が話した内容を記録します（Ctrl+Shift+V）</translation>
    </message>
</context>
<context>
    <name>csw::AccountsView</name>
    <message>
        <source>Accounts: %1</source>
        <translation>アカウント数: %1</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>一覧を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the accounts listed here, in this order, as a CSV file for Excel</source>
        <translation>ここに表示しているアカウントをこの順で Excel 用の CSV ファイルに書き出します</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>アカウントの書き出し</translation>
    </message>
    <message>
        <source>accounts.csv</source>
        <translation>accounts.csv</translation>
    </message>
    <message>
        <source>no book is open</source>
        <translation>ブックが開かれていません</translation>
    </message>
    <message>
        <source>Exported %1 accounts to %2</source>
        <translation>%1 件のアカウントを %2 に書き出しました</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>Excel 用 CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for older Japanese Excel, CP932 (*.csv)</source>
        <translation>古い日本語版 Excel 用 CSV、CP932 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s) CP932 lacks written as 〓)</source>
        <translation>
            <numerusform>（CP932 にない %n 文字を 〓 で書き出しました）</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a CSM, set the touch model, move to a stage, add a task or log an activity on every account listed</source>
        <translation>一覧のすべてのアカウントに、担当CSMの割り当て、タッチモデルの設定、ステージの移動、タスクの追加、活動の記録を行います</translation>
    </message>
    <message>
        <source>&amp;Bulk Actions</source>
        <translation>一括操作(&amp;B)</translation>
    </message>
</context>
<context>
    <name>csw::ActivityDialog</name>
    <message>
        <source>Log Activity</source>
        <translation>活動の記録</translation>
    </message>
    <message>
        <source>What was discussed, decided or promised</source>
        <translation>話し合ったこと、決まったこと、約束したこと</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>内容(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;VOC entry:</source>
        <translation>顧客の声(&amp;V):</translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation>参加者(&amp;I):</translation>
    </message>
</context>
<context>
    <name>csw::ActivityListModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>VOC</source>
        <translation>顧客の声</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>参加者: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>With</source>
        <translation>参加者</translation>
    </message>
</context>
<context>
    <name>csw::ActivityPanel</name>
    <message>
        <source>&amp;Log activity…</source>
        <translation>活動を記録(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>csw::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>External ID:</source>
        <translation>外部ID:</translation>
    </message>
    <message>
        <source>CSM:</source>
        <translation>担当CSM:</translation>
    </message>
    <message>
        <source>Touch model:</source>
        <translation>タッチモデル:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>プラン:</translation>
    </message>
    <message>
        <source>ARR (%1):</source>
        <translation>ARR（%1）:</translation>
    </message>
    <message>
        <source>Contract start:</source>
        <translation>契約開始日:</translation>
    </message>
    <message>
        <source>Renewal date:</source>
        <translation>契約更新日:</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>アカウントには名前が必要です。</translation>
    </message>
    <message>
        <source>ARR: %1</source>
        <translation>ARR: %1</translation>
    </message>
    <message>
        <source>e.g. 展示会, Web問い合わせ, partner</source>
        <translation>例: 展示会、Web問い合わせ、パートナー</translation>
    </message>
    <message>
        <source>e.g. 1,200,000</source>
        <translation>例: 1,200,000</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>業種:</translation>
    </message>
    <message>
        <source>Acquisition channel:</source>
        <translation>獲得チャネル:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>ステージ:</translation>
    </message>
</context>
<context>
    <name>csw::AlertListModel</name>
    <message>
        <source>Fell into red</source>
        <translation>赤に転落</translation>
    </message>
    <message>
        <source>Dropped %1 points</source>
        <translation>%1 ポイント下落</translation>
    </message>
    <message>
        <source>The score fell by this much within 30 days</source>
        <translation>30 日以内のスコアの下落幅</translation>
    </message>
    <message>
        <source>The highest score in the 30 days before</source>
        <translation>直前 30 日間の最高スコア</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 までスヌーズ中</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>下落前</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
</context>
<context>
    <name>csw::AlertsView</name>
    <message>
        <source>O&amp;pen account</source>
        <translation>アカウントを開く(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Move to churn prevention</source>
        <translation>チャーン防止へ移動(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Snooze 7 days</source>
        <translation>7 日間スヌーズ(&amp;S)</translation>
    </message>
    <message>
        <source>Dism&amp;iss</source>
        <translation>対応不要にする(&amp;I)</translation>
    </message>
    <message>
        <source>Move the account to churn prevention today; Ctrl+Z takes it back</source>
        <translation>アカウントを今日付けでチャーン防止へ移動します（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Hide the alert for a week; it comes back if nothing changed</source>
        <translation>アラートを 1 週間非表示にします（状況が変わらなければ再び表示されます）</translation>
    </message>
    <message>
        <source>Accounts at risk</source>
        <translation>リスクのあるアカウント</translation>
    </message>
    <message>
        <source>No open health alerts.</source>
        <translation>未対応のヘルスアラートはありません。</translation>
    </message>
    <message>
        <source>Health alert: %1</source>
        <translation>ヘルスアラート: %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1 へ移動</translation>
    </message>
    <message>
        <source>Showing the newest %1 open alerts.</source>
        <translation>未対応のアラートのうち新しい %1 件を表示しています。</translation>
    </message>
    <message>
        <source>Open health alerts: accounts whose score fell into red or dropped fast within 30 days, or one of whose measures passed its alert level or fell fast.</source>
        <translation>未対応のヘルスアラートです。スコアが赤に転落したか 30 日以内に急落したアカウント、または指標がアラート水準を越えたか急落したアカウントが表示されます。</translation>
    </message>
</context>
<context>
    <name>csw::ArrHistoryModel</name>
    <message>
        <source>New business</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>変更前の ARR</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>変更後の ARR</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>csw::AttendanceDialog</name>
    <message>
        <source>a contact&apos;s email</source>
        <translation>担当者のメールアドレス</translation>
    </message>
    <message>
        <source>the email&apos;s domain</source>
        <translation>メールのドメイン</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Record Attendance: %1</source>
        <translation>参加を記録: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>照合に使った項目</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>照合できない理由</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) matched %1 account(s); %2 row(s) matched none and are left out.</source>
        <translation>
            <numerusform>参加者 %n 人が %1 社と照合できました。照合できない %2 行は記録しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n Matched</source>
        <translation>
            <numerusform>照合できた %n 人を記録(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>照合できた参加者</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>照合できない行</translation>
    </message>
    <message>
        <source>(no health measure)</source>
        <translation>（ヘルス指標に記録しない）</translation>
    </message>
    <message>
        <source>Record each account&apos;s programs attended in the 90 days to this one as this measure</source>
        <translation>各アカウントがこの開催日までの 90 日間に参加したプログラム数を、この指標として記録します</translation>
    </message>
    <message>
        <source>Also record as the health &amp;measure:</source>
        <translation>ヘルス指標としても記録(&amp;M):</translation>
    </message>
</context>
<context>
    <name>csw::BookSession</name>
    <message>
        <source>no book is open</source>
        <translation>ブックが開かれていません</translation>
    </message>
    <message>
        <source>Record health of %1</source>
        <translation>%1 のヘルス記録</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>The book is open read-only</source>
        <translation>ブックは読み取り専用で開かれています</translation>
    </message>
</context>
<context>
    <name>csw::BulkMenu</name>
    <message>
        <source>Assign CSM…</source>
        <translation>担当CSMを割り当て…</translation>
    </message>
    <message>
        <source>Set Touch Model…</source>
        <translation>タッチモデルを設定…</translation>
    </message>
    <message>
        <source>Move to Stage…</source>
        <translation>ステージを移動…</translation>
    </message>
    <message>
        <source>Add Task to Each…</source>
        <translation>それぞれにタスクを追加…</translation>
    </message>
    <message>
        <source>Log Activity on Each…</source>
        <translation>それぞれに活動を記録…</translation>
    </message>
    <message>
        <source>For the Accounts Listed</source>
        <translation>一覧のアカウント</translation>
    </message>
    <message>
        <source>No accounts are listed: nothing to change.</source>
        <translation>一覧にアカウントがありません: 変更するものはありません。</translation>
    </message>
    <message>
        <source>Assign CSM</source>
        <translation>担当CSMを割り当て</translation>
    </message>
    <message numerus="yes">
        <source>CSM for the %n account(s) listed:</source>
        <translation>
            <numerusform>一覧の %n 件のアカウントの担当CSM:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %n account(s)</source>
        <translation>
            <numerusform>%n 件のアカウントに %1 を割り当て</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Touch Model</source>
        <translation>タッチモデルを設定</translation>
    </message>
    <message numerus="yes">
        <source>Touch model for the %n account(s) listed:</source>
        <translation>
            <numerusform>一覧の %n 件のアカウントのタッチモデル:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %n account(s)</source>
        <translation>
            <numerusform>%n 件のアカウントを %1 に設定</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Stage</source>
        <translation>ステージを移動</translation>
    </message>
    <message numerus="yes">
        <source>Stage for the %n account(s) listed, from today:</source>
        <translation>
            <numerusform>一覧の %n 件のアカウントの、今日からのステージ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n account(s) to %1</source>
        <translation>
            <numerusform>%n 件のアカウントを %1 へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add Task to %n Account(s)</source>
        <translation>
            <numerusform>%n 件のアカウントにタスクを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add task to %n account(s)</source>
        <translation>
            <numerusform>%n 件のアカウントにタスクを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log Activity on %n Account(s)</source>
        <translation>
            <numerusform>%n 件のアカウントに活動を記録</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log activity on %n account(s)</source>
        <translation>
            <numerusform>%n 件のアカウントに活動を記録</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch Model Rules…</source>
        <translation>タッチモデルのルール…</translation>
    </message>
    <message>
        <source>Programs…</source>
        <translation>プログラム…</translation>
    </message>
</context>
<context>
    <name>csw::CalendarPage</name>
    <message>
        <source>&amp;Add holiday</source>
        <translation>休日を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove holiday</source>
        <translation>休日を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Japanese holidays for year…</source>
        <translation>日本の祝日を年単位で追加(&amp;J)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. company holiday</source>
        <translation>例: 会社の休業日</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Japanese Holidays</source>
        <translation>日本の祝日</translation>
    </message>
    <message>
        <source>Add Japan&apos;s public holidays of:</source>
        <translation>日本の祝日を追加する年:</translation>
    </message>
    <message>
        <source>Japanese holidays of %1 added: %2.</source>
        <translation>%1 年の日本の祝日を追加しました: %2 件。</translation>
    </message>
    <message>
        <source>Business days skip weekends and these holidays. Changes are saved with OK.</source>
        <translation>営業日は週末とこれらの休日を除きます。変更は OK で保存されます。</translation>
    </message>
</context>
<context>
    <name>csw::ChurnDialog</name>
    <message>
        <source>Churn %1</source>
        <translation>%1 の解約</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Choose why the customer left</source>
        <translation>顧客が離れた理由を選択</translation>
    </message>
    <message>
        <source>In the customer&apos;s words (optional)</source>
        <translation>顧客の言葉で（任意）</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;VOC behind it:</source>
        <translation>背景の顧客の声(&amp;V):</translation>
    </message>
    <message>
        <source>Choose a reason: it is what product and marketing read in the churn report.</source>
        <translation>理由を選んでください。プロダクトとマーケティングが解約レポートで読む情報です。</translation>
    </message>
</context>
<context>
    <name>csw::ChurnReasonPage</name>
    <message>
        <source>&amp;Add reason</source>
        <translation>理由を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>選択肢に表示</translation>
    </message>
    <message>
        <source>Why customers leave, as a churn records it: the churn report, the Portfolio&apos;s chart and imports read these. Untick a reason to stop offering it; the churns recorded under it keep it.</source>
        <translation>解約を記録するときの理由の一覧です。解約理由レポート、ポートフォリオのグラフ、インポートがこれを使います。チェックを外すと選択肢から外れます（記録済みの解約はその理由のままです）。</translation>
    </message>
    <message>
        <source>The book is open read-only</source>
        <translation>ブックは読み取り専用で開かれています</translation>
    </message>
</context>
<context>
    <name>csw::CohortHeatmap</name>
    <message>
        <source>Months since the start</source>
        <translation>開始からの経過月数</translation>
    </message>
</context>
<context>
    <name>csw::ConditionBuilder</name>
    <message>
        <source>A&amp;dd Condition</source>
        <translation>条件を追加(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1.age (days since %2 was measured)</source>
        <translation>%1.age（%2 の測定からの日数）</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>csw::ContactChecklist</name>
    <message>
        <source>The account has no contacts yet: add them in its detail.</source>
        <translation>このアカウントにはまだ担当者がいません。詳細から追加してください。</translation>
    </message>
</context>
<context>
    <name>csw::ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>担当者を編集</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <source>The account&apos;s primary contact</source>
        <translation>アカウントの主担当者</translation>
    </message>
    <message>
        <source>Reading in kana, for sorting (optional)</source>
        <translation>並べ替え用のよみがな（任意）</translation>
    </message>
    <message>
        <source>The day they left the company: they stay on the list, marked (losing the champion is a churn signal)</source>
        <translation>退職した日：一覧に印付きで残ります（推進者の退職は解約の兆候です）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Rea&amp;ding:</source>
        <translation>よみがな(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>役職(&amp;T):</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部署(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話番号(&amp;H):</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Left the company on:</source>
        <translation>退職日(&amp;L):</translation>
    </message>
</context>
<context>
    <name>csw::ContactListModel</name>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>The account&apos;s primary contact</source>
        <translation>アカウントの主担当者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 退職</translation>
    </message>
    <message>
        <source>Left the company on %1</source>
        <translation>%1 に退職</translation>
    </message>
</context>
<context>
    <name>csw::ContactPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>One of the account&apos;s contacts, or any name</source>
        <translation>アカウントの担当者、または任意の名前</translation>
    </message>
    <message>
        <source>— nobody chosen —</source>
        <translation>— 指定なし —</translation>
    </message>
</context>
<context>
    <name>csw::ContactsPanel</name>
    <message>
        <source>A&amp;dd contact…</source>
        <translation>担当者を追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>担当者を編集…</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>担当者を削除</translation>
    </message>
</context>
<context>
    <name>csw::EditConflictDialog</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部ID</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Acquisition channel</source>
        <translation>獲得チャネル</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>契約更新日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>ほかの人が変更しました</translation>
    </message>
    <message>
        <source>While you were editing %1, %2 changed it (%3):

%4

Your edit:
%5

Keep their version, or apply your edit on top of it?</source>
        <translation>%1 を編集している間に、%2 が変更しました（%3）:

%4

あなたの編集:
%5

相手の内容を残しますか、それとも相手の内容にあなたの編集を重ねて適用しますか？</translation>
    </message>
    <message>
        <source>no field you see changed</source>
        <translation>表示している項目に変更はありません</translation>
    </message>
    <message>
        <source>Apply &amp;mine on top</source>
        <translation>自分の編集を重ねて適用(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>相手の内容を残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>csw::HandoffDialog</name>
    <message>
        <source>Not known yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edit Hand-off from Sales</source>
        <translation>営業からの引き継ぎを編集</translation>
    </message>
    <message>
        <source>Sales &amp;owner:</source>
        <translation>担当営業(&amp;O):</translation>
    </message>
    <message>
        <source>One per line, with its target date: 請求書作成を1日に短縮（2027-03-31）</source>
        <translation>1行に1つ、目標日とともに：請求書作成を1日に短縮（2027-03-31）</translation>
    </message>
    <message>
        <source>&amp;Decision maker:</source>
        <translation>決裁者(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;hampion:</source>
        <translation>推進者(&amp;H):</translation>
    </message>
    <message>
        <source>Handed over &amp;on:</source>
        <translation>引き継ぎ日(&amp;N):</translation>
    </message>
</context>
<context>
    <name>csw::HandoffPanel</name>
    <message>
        <source>Ed&amp;it hand-off…</source>
        <translation>引き継ぎを編集(&amp;I)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Filled by %1 on %2</source>
        <translation>%2 に %1 が記入</translation>
    </message>
    <message>
        <source>this book&apos;s user</source>
        <translation>このブックの利用者</translation>
    </message>
    <message>
        <source>Nothing handed over from sales yet.</source>
        <translation>営業からの引き継ぎはまだありません。</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>未記入：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Make plan objectives</source>
        <translation>プランの目標にする</translation>
    </message>
    <message>
        <source>Each success criterion becomes a success-plan objective, due on its date</source>
        <translation>成功基準をそれぞれサクセスプランの目標にします（期限は書かれた日付）</translation>
    </message>
</context>
<context>
    <name>csw::HealthChart</name>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>ステージ変更</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2（%3）</translation>
    </message>
    <message>
        <source>Incomplete: too few measures had values</source>
        <translation>不完全: 値のある指標が少なすぎます</translation>
    </message>
    <message>
        <source>%1: moved to %2</source>
        <translation>%1: %2 へ移動</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>ヘルススコア</translation>
    </message>
</context>
<context>
    <name>csw::HealthExplainModel</name>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>No value in the last %1 days: this measure is left out of the score.</source>
        <translation>直近 %1 日間に値がないため、この指標はスコアから除外されます</translation>
    </message>
    <message>
        <source>Higher is better; allowed %1–%2</source>
        <translation>高いほど良い（許容範囲 %1〜%2）</translation>
    </message>
    <message>
        <source>Lower is better; allowed %1–%2</source>
        <translation>低いほど良い（許容範囲 %1〜%2）</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>%1 に測定</translation>
    </message>
    <message>
        <source>No value at the previous score</source>
        <translation>前回のスコアの時点では値なし</translation>
    </message>
    <message>
        <source>Score %1 → %2 (value %3 → %4) since %5</source>
        <translation>%5 以降: スコア %1 → %2（値 %3 → %4）</translation>
    </message>
    <message>
        <source>The measure&apos;s score, 0–100</source>
        <translation>指標のスコア（0〜100）</translation>
    </message>
    <message>
        <source>Weight × score ÷ the weight of the measures with a value</source>
        <translation>重み × スコア ÷ 値のある指標の重みの合計</translation>
    </message>
    <message>
        <source>Change of the measure&apos;s score since the previous health score</source>
        <translation>前回のヘルススコアからの指標のスコアの増減</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>寄与</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
</context>
<context>
    <name>csw::HealthPanel</name>
    <message>
        <source>Save char&amp;t…</source>
        <translation>グラフを保存(&amp;T)…</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>Record measures</source>
        <translation>指標を記録</translation>
    </message>
    <message>
        <source>What made the latest score:</source>
        <translation>最新スコアの内訳:</translation>
    </message>
    <message>
        <source>No health score yet</source>
        <translation>ヘルススコアはまだありません</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Only %1 % of the scorecard&apos;s weight had values; a complete score needs %2 %.</source>
        <translation>値があったのはスコアカードの重みの %1 % だけです。完全なスコアには %2 % 必要です。</translation>
    </message>
    <message>
        <source>Scored on %1</source>
        <translation>%1 のスコア</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%2 以降 %1（前回 %3）</translation>
    </message>
    <message>
        <source>Scorecard version %1</source>
        <translation>スコアカードのバージョン %1</translation>
    </message>
    <message>
        <source>%1 health</source>
        <translation>%1 のヘルス</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <source>Cannot save the chart as %1: choose a .png, .svg or .pdf file in a folder you can write to.</source>
        <translation>グラフを %1 として保存できません。書き込み可能なフォルダー内の .png、.svg、.pdf ファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>csw::HealthRecordForm</name>
    <message>
        <source>Re&amp;cord</source>
        <translation>記録(&amp;C)</translation>
    </message>
    <message>
        <source>Record the filled-in measures for the date; Ctrl+Z takes it back</source>
        <translation>入力した指標をその日付で記録します（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Seen on:</source>
        <translation>測定日:</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>%1: %2, higher is better. Leave empty to keep the last value.</source>
        <translation>%1: %2、高いほど良い。空欄のままにすると前回の値が引き継がれます。</translation>
    </message>
    <message>
        <source>%1: %2, lower is better. Leave empty to keep the last value.</source>
        <translation>%1: %2、低いほど良い。空欄のままにすると前回の値が引き継がれます。</translation>
    </message>
</context>
<context>
    <name>csw::ImportColumnsPage</name>
    <message>
        <source>&amp;Accounts the book has:</source>
        <translation>ブックにすでにあるアカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Choose the column of the file that fills each field. Fields marked * are required; columns left out are not imported.</source>
        <translation>各フィールドに取り込む、ファイルの列を選んでください。* の付いたフィールドは必須です。選ばなかった列は取り込まれません。</translation>
    </message>
    <message>
        <source>Year/month/day (2026/04/01)</source>
        <translation>年/月/日（2026/04/01）</translation>
    </message>
    <message>
        <source>Month/day/year (04/01/2026)</source>
        <translation>月/日/年（04/01/2026）</translation>
    </message>
    <message>
        <source>Day/month/year (01/04/2026)</source>
        <translation>日/月/年（01/04/2026）</translation>
    </message>
    <message>
        <source>Stop: list them as problems</source>
        <translation>中止: 問題として一覧表示する</translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation>ファイルの内容で更新する</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>スキップする</translation>
    </message>
    <message>
        <source>An account is the same when its external id matches, or its name when the file has no external id.</source>
        <translation>外部IDが一致するアカウントを同じアカウントとみなします。ファイルに外部IDがない場合は名前で判定します。</translation>
    </message>
    <message>
        <source>A name, to use this mapping again (optional)</source>
        <translation>この対応付けを再利用するための名前（任意）</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>元にする対応付け(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Dates with the year last:</source>
        <translation>年が最後にある日付(&amp;D):</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping as:</source>
        <translation>対応付けを保存する名前(&amp;V):</translation>
    </message>
    <message>
        <source>Choose a file to import first.</source>
        <translation>先に取り込むファイルを選んでください。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>値の例</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>必須: %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 取り込まない —</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>The mapping suggested by the headers</source>
        <translation>見出し行から提案された対応付け</translation>
    </message>
    <message>
        <source>Saved mapping: %1</source>
        <translation>保存済みの対応付け: %1</translation>
    </message>
    <message>
        <source>The saved mapping &apos;%1&apos; does not fit this file: %2</source>
        <translation>保存済みの列の対応付け「%1」はこのファイルに合いません: %2</translation>
    </message>
    <message>
        <source>Choose a column for every required field: %1</source>
        <translation>すべての必須フィールドに列を選んでください: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Or the same value for every row</source>
        <translation>または全行に同じ値</translation>
    </message>
    <message>
        <source>same for every row</source>
        <translation>全行に同じ値</translation>
    </message>
    <message>
        <source>Fills %1 in every row, or the empty cells of the chosen column.</source>
        <translation>すべての行の%1に入れます。列を選んだ場合はその列の空欄に入れます。</translation>
    </message>
</context>
<context>
    <name>csw::ImportDonePage</name>
    <message>
        <source>Imported</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>The rows are in the book, and the views show them.</source>
        <translation>行はブックに書き込まれ、各ビューに反映されています。</translation>
    </message>
    <message>
        <source>%1 imported from %2: %3 created, %4 updated, %5 skipped.</source>
        <translation>%2 から%1を取り込みました: 作成 %3 件、更新 %4 件、スキップ %5 件。</translation>
    </message>
</context>
<context>
    <name>csw::ImportFilePage</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Choose what to import and the CSV or TSV file it is in. Every row is checked before anything is written.</source>
        <translation>取り込む内容と、そのデータを含む CSV または TSV ファイルを選んでください。書き込む前にすべての行を検査します。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>カンマ（,）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>セミコロン（;）</translation>
    </message>
    <message>
        <source>A .csv, .tsv or .txt file</source>
        <translation>.csv、.tsv、.txt ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;What to import:</source>
        <translation>取り込む内容(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>取り込むファイルを選択</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV・TSV ファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import</source>
        <translation>%1 には見出し行しかなく、取り込む行がありません</translation>
    </message>
    <message>
        <source>Detected: %1, %2, %3 rows</source>
        <translation>検出結果: %1、%2区切り、%3 行</translation>
    </message>
    <message>
        <source>Read as: %1, %2, %3 rows</source>
        <translation>読み込み設定: %1、%2区切り、%3 行</translation>
    </message>
</context>
<context>
    <name>csw::ImportPreviewPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>再検査(&amp;A)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>The file was checked without writing anything. Import writes every row, or none if anything goes wrong.</source>
        <translation>ファイルを検査しました（何も書き込んでいません）。取り込みではすべての行を書き込みます。問題が 1 つでもあれば何も書き込みません。</translation>
    </message>
    <message>
        <source>An import cannot be undone; back up first: File ▸ Back Up Book…</source>
        <translation>取り込みは元に戻せません。先にバックアップしてください: ファイル ▸ ブックをバックアップ…</translation>
    </message>
    <message>
        <source>&amp;Save Problems as CSV…</source>
        <translation>問題を CSV で保存(&amp;S)…</translation>
    </message>
    <message>
        <source>The first rows as they will be read:</source>
        <translation>読み込まれる内容（先頭の行）:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>検査しています…</translation>
    </message>
    <message>
        <source>The check was cancelled: check the file again before importing it.</source>
        <translation>検査を中止しました。取り込む前にファイルをもう一度検査してください。</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing can be imported until they are fixed in the file (or the columns are chosen differently).</source>
        <translation>問題が %1 件見つかりました。ファイルで修正する（または列の対応付けを変える）まで取り込めません。</translation>
    </message>
    <message>
        <source>%1 will be created, %2 updated, %3 skipped.</source>
        <translation>作成 %1 件、更新 %2 件、スキップ %3 件の予定です。</translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-problems.csv</translation>
    </message>
    <message>
        <source>Save Problems as CSV</source>
        <translation>問題を CSV で保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The problems were saved to %1.</source>
        <translation>問題を %1 に保存しました。</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written to the book.</source>
        <translation>取り込みを中止しました。ブックには何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込んでいません: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the book changed since the check.</source>
        <translation>何も取り込んでいません: 検査の後にブックが変更されました。</translation>
    </message>
</context>
<context>
    <name>csw::ImportProblemModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>csw::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Health measures</source>
        <translation>ヘルス指標</translation>
    </message>
    <message>
        <source>Voice of the customer (VOC)</source>
        <translation>顧客の声（VOC）</translation>
    </message>
    <message>
        <source>NPS survey answers</source>
        <translation>NPS アンケートの回答</translation>
    </message>
    <message>
        <source>choose a file to import</source>
        <translation>取り込むファイルを選んでください</translation>
    </message>
    <message>
        <source>Checking %1 (rows: %2)…</source>
        <translation>%1 を検査しています（%2 行）…</translation>
    </message>
    <message>
        <source>Importing %1 (rows: %2)…</source>
        <translation>%1 を取り込んでいます（%2 行）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>検査中</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>The rows were imported, but the mapping was not saved: %1</source>
        <translation>行は取り込みましたが、列の対応付けは保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Hand-offs from sales</source>
        <translation>営業からの引き継ぎ</translation>
    </message>
</context>
<context>
    <name>csw::KpiPage</name>
    <message>
        <source>The book&apos;s figures: the Portfolio&apos;s fiscal years and quarters start in this month, and LTV is ARPA × gross margin ÷ monthly churn.</source>
        <translation>ブックの数値の設定です。ポートフォリオの年度と四半期はこの月から始まり、LTV は ARPA × 粗利率 ÷ 月次チャーンレートで計算します。</translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation>年度の開始月:</translation>
    </message>
    <message>
        <source>Gross margin:</source>
        <translation>粗利率:</translation>
    </message>
    <message>
        <source>The book is open read-only</source>
        <translation>ブックは読み取り専用で開かれています</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>A churn within this many months of the account&apos;s start counts as early churn: the Portfolio&apos;s Early churn tile, csw report kpis --by source or plan</source>
        <translation>アカウントの開始からこの月数以内の解約を早期解約として数えます（ポートフォリオの「早期解約」タイル、csw report kpis --by source または plan）</translation>
    </message>
    <message>
        <source>Early churn within:</source>
        <translation>早期解約とみなす期間:</translation>
    </message>
    <message>
        <source>ARR (per year)</source>
        <translation>ARR（年額）</translation>
    </message>
    <message>
        <source>MRR (per month)</source>
        <translation>MRR（月額）</translation>
    </message>
    <message>
        <source>How lists, the account, the VOC board, the Portfolio and its report show recurring revenue; the book keeps ARR, and CSV and JSON exports stay ARR.</source>
        <translation>一覧・アカウント・顧客の声ボード・ポートフォリオとレポートでの経常収益の表示単位です。ブックはARRで保持し、CSV・JSONの出力もARRのままです。</translation>
    </message>
    <message>
        <source>Show revenue as:</source>
        <translation>収益の表示:</translation>
    </message>
</context>
<context>
    <name>csw::KpiTiles</name>
    <message>
        <source>%1: %2 (%3: %4)</source>
        <translation>%1: %2（%3: %4）</translation>
    </message>
</context>
<context>
    <name>csw::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Book…</source>
        <translation>新しいブック(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Book…</source>
        <translation>ブックを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったブック(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up Book…</source>
        <translation>ブックをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Close Book</source>
        <translation>ブックを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My Day</source>
        <translation>マイデイ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Voice of the Customer</source>
        <translation>顧客の声（VOC）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>ポートフォリオ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Move to Stage…</source>
        <translation>ステージを移動(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>契約更新(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Churn…</source>
        <translation>解約(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CS Workbench</source>
        <translation>CS Workbench について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>New Book</source>
        <translation>新しいブック</translation>
    </message>
    <message>
        <source>Open Book</source>
        <translation>ブックを開く</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>My Day</source>
        <translation>マイデイ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>VOC</source>
        <translation>顧客の声</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>&amp;Export VOC Report…</source>
        <translation>顧客の声レポートを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Log VOC…</source>
        <translation>顧客の声を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Log what a customer said, for product and marketing</source>
        <translation>顧客が話した内容を、プロダクトとマーケティングのために記録します</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>バックアップから復元(&amp;K)…</translation>
    </message>
    <message>
        <source>Open a copy of one of this book&apos;s automatic backups; the book itself is not overwritten</source>
        <translation>このブックの自動バックアップのコピーを開きます。ブック自体は上書きされません</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import accounts, health measures, VOC or NPS answers from a CSV or TSV file (or drop the file on the window)</source>
        <translation>CSV または TSV ファイルから、アカウント、ヘルス指標、顧客の声、NPS の回答を取り込みます（ファイルをウィンドウにドロップしても取り込めます）</translation>
    </message>
    <message>
        <source>&amp;Print Portfolio Report…</source>
        <translation>ポートフォリオレポートを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Book…</source>
        <translation>チームブックに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the book your team shares on a PostgreSQL server</source>
        <translation>チームで共有する PostgreSQL サーバー上のブックを開きます</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>csw::MainWindow</name>
    <message>
        <source>CS Workbench</source>
        <translation>CS Workbench</translation>
    </message>
    <message>
        <source>%1 — CS Workbench</source>
        <translation>%1 — CS Workbench</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>About CS Workbench</source>
        <translation>CS Workbench について</translation>
    </message>
    <message>
        <source>&lt;b&gt;CS Workbench %1&lt;/b&gt;&lt;p&gt;A workbench for customer-success teams: the book of accounts, their health, and the voice of the customer for product and marketing.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CS Workbench %1&lt;/b&gt;&lt;p&gt;カスタマーサクセスチームのためのワークベンチ。アカウントのブックとそのヘルスを管理し、顧客の声（VOC）をプロダクトやマーケティングに届けます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>先にアカウントを選択してください。</translation>
    </message>
    <message>
        <source>%1 · %2 accounts · %3</source>
        <translation>%1 · アカウント %2 件 · %3</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for a new book.</source>
        <translation>%1 はすでに存在します。新しいブックには新しいファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <source>Opened a copy of the backup: %1</source>
        <translation>バックアップのコピーを開きました: %1</translation>
    </message>
    <message>
        <source>%1 (team book) — CS Workbench</source>
        <translation>%1（チームブック）— CS Workbench</translation>
    </message>
    <message>
        <source>Team book %1</source>
        <translation>チームブック %1</translation>
    </message>
    <message>
        <source>No desktop keyring answered: the password is kept only until you quit.</source>
        <translation>デスクトップのキーリングが応答しませんでした。パスワードは終了するまでだけ使われます。</translation>
    </message>
    <message>
        <source> · %1 (%2)</source>
        <translation> · %1（%2）</translation>
    </message>
</context>
<context>
    <name>csw::MoveStageDialog</name>
    <message>
        <source>Move %1 to stage</source>
        <translation>%1 のステージ移動</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>ステージ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
</context>
<context>
    <name>csw::MyDayPage</name>
    <message>
        <source>All CSMs</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Me (my CSM name):</source>
        <translation>自分（担当CSM名）(&amp;M):</translation>
    </message>
    <message>
        <source>My Day shows this CSM&apos;s tasks and accounts; leave it empty for everyone&apos;s.</source>
        <translation>マイデイには、この担当CSMのタスクとアカウントが表示されます。空欄にすると全員の分が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Quick win expected within:</source>
        <translation>クイックウィンまでの目安期間(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Renewal reminders (days before):</source>
        <translation>更新リマインダー（契約更新の何日前か）(&amp;R):</translation>
    </message>
    <message>
        <source>One task per lead time, made once its window opens; the first (longest) also sets how far ahead My Day lists renewals. Saved in the book.</source>
        <translation>指定した日数ごとに、その時期になるとタスクを 1 件作成します。最初の（最も長い）日数は、マイデイに契約更新を表示する期間にもなります。設定はブックに保存されます。</translation>
    </message>
    <message>
        <source>Renewal reminders: &apos;%1&apos; is not a number of days</source>
        <translation>更新リマインダー: 「%1」は日数ではありません</translation>
    </message>
    <message>
        <source>Renewal reminders: %1</source>
        <translation>更新リマインダー: %1</translation>
    </message>
</context>
<context>
    <name>csw::MyDayView</name>
    <message>
        <source>%1 (first %2)</source>
        <translation>%1（先頭 %2 件）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2 件）</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>アカウントを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Make &amp;renewal reminders</source>
        <translation>更新リマインダーを作成(&amp;R)</translation>
    </message>
    <message>
        <source>Mark the selected task done; Ctrl+Z takes it back</source>
        <translation>選択したタスクを完了にします（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Make a task for each renewal whose reminder window has opened (once per window)</source>
        <translation>リマインダーの時期になった契約更新ごとにタスクを作成します（時期ごとに 1 回）</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Renewal reminders were not made: %1</source>
        <translation>更新リマインダーを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Renewals in the next %1 days</source>
        <translation>今後 %1 日以内の契約更新</translation>
    </message>
    <message>
        <source>Onboarding without a quick win after %1 days</source>
        <translation>%1 日経過してもクイックウィン未達成のオンボーディング</translation>
    </message>
    <message>
        <source>My Day: %1</source>
        <translation>マイデイ: %1</translation>
    </message>
    <message>
        <source>Renewal reminders: none new; every open window has its task.</source>
        <translation>更新リマインダー: 新しく作成するものはありません（時期が来たものにはすべてタスクがあります）。</translation>
    </message>
    <message>
        <source>Renewal reminders made: %1 new tasks.</source>
        <translation>更新リマインダーを作成しました: 新しいタスク %1 件。</translation>
    </message>
    <message>
        <source>Renewal reminders waiting: %1</source>
        <translation>未作成の更新リマインダー: %1 件</translation>
    </message>
    <message>
        <source>Hand-offs and people to follow up</source>
        <translation>フォローが必要な引き継ぎと担当者</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>セグメント(&amp;G):</translation>
    </message>
</context>
<context>
    <name>csw::NpsAnswerDialog</name>
    <message>
        <source>Add NPS Answer</source>
        <translation>NPS回答を追加</translation>
    </message>
    <message>
        <source>0–6 detractor, 7–8 passive, 9–10 promoter</source>
        <translation>0〜6 批判者、7〜8 中立者、9〜10 推奨者</translation>
    </message>
    <message>
        <source>Why they gave this score, in their words</source>
        <translation>このスコアの理由（回答者の言葉で）</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Score (0–10):</source>
        <translation>スコア（0〜10）(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>回答者(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>Who answered (optional): one of the account&apos;s contacts, or any name</source>
        <translation>回答者（任意）: アカウントの担当者、または任意の名前</translation>
    </message>
</context>
<context>
    <name>csw::NpsListModel</name>
    <message>
        <source>Promoter</source>
        <translation>推奨者</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>中立者</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>批判者</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>VOC</source>
        <translation>顧客の声</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>csw::NpsPanel</name>
    <message>
        <source>Add &amp;NPS answer…</source>
        <translation>NPS回答を追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Make VOC entr&amp;y</source>
        <translation>顧客の声にする(&amp;Y)</translation>
    </message>
    <message>
        <source>The selected answer&apos;s comment becomes a VOC entry of this account, kept linked</source>
        <translation>選んだ回答のコメントを、このアカウントの顧客の声にします（関連付けを保持）</translation>
    </message>
    <message>
        <source>No NPS answers yet.</source>
        <translation>NPS回答はまだありません。</translation>
    </message>
    <message>
        <source>Latest %1 (%2) on %3 · trend %4</source>
        <translation>最新 %1（%2、%3）・推移 %4</translation>
    </message>
</context>
<context>
    <name>csw::ObjectiveDialog</name>
    <message>
        <source>Add Objective</source>
        <translation>目標の追加</translation>
    </message>
    <message>
        <source>Edit Objective</source>
        <translation>目標の編集</translation>
    </message>
    <message>
        <source>A &amp;quick win: the first value the customer sees</source>
        <translation>クイックウィン（顧客が最初に実感する価値）(&amp;Q)</translation>
    </message>
    <message>
        <source>e.g. “80 % of seats active”</source>
        <translation>例: 「シートの 80 % がアクティブ」</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>目標(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Start value:</source>
        <translation>開始値(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Current value:</source>
        <translation>現在値(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>目標値(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Achieved on:</source>
        <translation>達成日(&amp;A):</translation>
    </message>
</context>
<context>
    <name>csw::ObjectiveModel</name>
    <message>
        <source>Start %1, now %2, target %3</source>
        <translation>開始値 %1、現在値 %2、目標値 %3</translation>
    </message>
    <message>
        <source>%1 (quick win)</source>
        <translation>%1（クイックウィン）</translation>
    </message>
    <message>
        <source>Achieved %1</source>
        <translation>達成（%1）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>クイックウィン</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Now → target</source>
        <translation>現在値 → 目標値</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成日</translation>
    </message>
</context>
<context>
    <name>csw::OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>csw::PeriodRangeDialog</name>
    <message>
        <source>Custom Period</source>
        <translation>期間の指定</translation>
    </message>
    <message>
        <source>The KPIs are measured from the first day to the last, both included, and compared with the same length just before.</source>
        <translation>KPI は開始日から終了日まで（両日を含む）で集計し、その直前の同じ長さの期間と比較します。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>Give both the first and the last day.</source>
        <translation>開始日と終了日の両方を指定してください。</translation>
    </message>
    <message>
        <source>This period cannot be used: %1</source>
        <translation>この期間は使えません: %1</translation>
    </message>
</context>
<context>
    <name>csw::PlaybookPage</name>
    <message>
        <source>&amp;Add task</source>
        <translation>タスクを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due (business days)</source>
        <translation>期限（営業日）</translation>
    </message>
    <message>
        <source>When an account enters a stage, its playbook makes these tasks, due the given number of business days later (weekends and the holidays on the Calendar tab skipped). Owner: leave “%1” for the account&apos;s CSM, or type a name.</source>
        <translation>アカウントがステージに入ると、そのステージのプレイブックがこれらのタスクを作成します。期限は指定した営業日数の後です（土日と「カレンダー」タブの休日を除く）。担当者: アカウントの担当CSMにする場合は「%1」のままにし、それ以外は名前を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>ステージ(&amp;S):</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新しいタスク</translation>
    </message>
    <message>
        <source>Playbook for %1: %2</source>
        <translation>%1 のプレイブック: %2</translation>
    </message>
    <message>
        <source>Every touch model (default)</source>
        <translation>すべてのタッチモデル（既定）</translation>
    </message>
    <message>
        <source>&amp;Touch model:</source>
        <translation>タッチモデル(&amp;T):</translation>
    </message>
    <message>
        <source>%1 accounts entering this stage get these tasks; with none here they get the default playbook&apos;s.</source>
        <translation>このステージに入る%1のアカウントにはこれらのタスクが作られます。ここが空なら既定のプレイブックのタスクになります。</translation>
    </message>
    <message>
        <source>The default: accounts whose touch model has no tasks of its own for this stage get these.</source>
        <translation>既定: このステージに独自のタスクがないタッチモデルのアカウントには、これらのタスクが作られます。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>csw::PortfolioChart</name>
    <message>
        <source>Right-click to save the chart</source>
        <translation>右クリックでグラフを保存できます</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>PNG で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>SVG で保存(&amp;S)…</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>グラフを %1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>csw::PortfolioView</name>
    <message>
        <source>All touch models</source>
        <translation>すべてのタッチモデル</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Retention by month</source>
        <translation>維持率（月別）</translation>
    </message>
    <message>
        <source>Retention by quarter</source>
        <translation>維持率（四半期別）</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>次の期間</translation>
    </message>
    <message>
        <source>CSM:</source>
        <translation>担当CSM:</translation>
    </message>
    <message>
        <source>Touch:</source>
        <translation>タッチモデル:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>No book is open.</source>
        <translation>ブックが開かれていません。</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>Computing the portfolio of %1…</source>
        <translation>%1 のポートフォリオを集計しています…</translation>
    </message>
    <message>
        <source>all CSMs</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message>
        <source>all touch models</source>
        <translation>すべてのタッチモデル</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Computing the retention trend…</source>
        <translation>維持率の推移を集計しています…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>Could not compute the portfolio.</source>
        <translation>ポートフォリオを集計できませんでした。</translation>
    </message>
    <message>
        <source>Portfolio report: %1</source>
        <translation>ポートフォリオレポート: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期間: %1〜%2</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>対象アカウント: %1</translation>
    </message>
    <message>
        <source>Book: %1 · as of %2</source>
        <translation>ブック: %1 · %2 時点</translation>
    </message>
    <message>
        <source>portfolio-%1.pdf</source>
        <translation>portfolio-%1.pdf</translation>
    </message>
    <message>
        <source>Print Portfolio Report</source>
        <translation>ポートフォリオレポートの印刷</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>レポートを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Print Report…</source>
        <translation>レポートを印刷…</translation>
    </message>
    <message>
        <source>Write the portfolio report, as shown, to a PDF file</source>
        <translation>表示中のポートフォリオレポートを PDF ファイルに書き出します</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) · %4 · changes against %5 (%6 to %7)</source>
        <translation>%1（%2〜%3）· %4 · 比較対象: %5（%6〜%7）</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>セグメント:</translation>
    </message>
    <message>
        <source>%1, %2, segment %3</source>
        <translation>%1、%2、セグメント %3</translation>
    </message>
</context>
<context>
    <name>csw::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>A new language applies the next time CS Workbench starts.</source>
        <translation>言語の変更は、次回 CS Workbench を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Health Scorecard</source>
        <translation>ヘルススコアカード</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>When a book that was changed closes, a copy goes to the folder &quot;&lt;book&gt;-backups&quot; next to it; the oldest beyond this number are deleted.</source>
        <translation>変更したブックを閉じると、同じ場所にある「&lt;book&gt;-backups」フォルダーにコピーが保存されます。この数を超えた分は古いものから削除されます。</translation>
    </message>
    <message>
        <source>Automatic backups to keep:</source>
        <translation>保持する自動バックアップの数:</translation>
    </message>
    <message>
        <source>My Day</source>
        <translation>マイデイ</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Show dates in the Japanese era calendar (令和8年4月1日)</source>
        <translation>日付を和暦で表示する（令和8年4月1日）</translation>
    </message>
    <message>
        <source>Lists, details and reports show 和暦; date fields also accept a pasted era date such as 令和8年4月1日 or R8.4.1.</source>
        <translation>一覧・詳細・レポートの日付を和暦で表示します。日付欄には 令和8年4月1日 や R8.4.1 のような和暦の日付を貼り付けることもできます。</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Churn Reasons</source>
        <translation>解約理由</translation>
    </message>
</context>
<context>
    <name>csw::ProgramsDialog</name>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>&amp;New Program for the Accounts Listed…</source>
        <translation>一覧のアカウント向けに新しいプログラム(&amp;N)…</translation>
    </message>
    <message>
        <source>Record &amp;Attendance…</source>
        <translation>参加を記録(&amp;A)…</translation>
    </message>
    <message>
        <source>New Program</source>
        <translation>新しいプログラム</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>開催日(&amp;H):</translation>
    </message>
    <message>
        <source>Attendance File</source>
        <translation>参加者ファイル</translation>
    </message>
    <message>
        <source>CSV or TSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV または TSV ファイル (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Record Attendance</source>
        <translation>参加を記録</translation>
    </message>
    <message>
        <source>&amp;Export Invitees…</source>
        <translation>招待者を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>The contacts invited (name, email, company) as CSV for the webinar tool&apos;s invitations</source>
        <translation>招待する担当者（名前、メールアドレス、会社名）を、ウェビナーツールの招待用に CSV で書き出します</translation>
    </message>
    <message>
        <source>Export Invitees</source>
        <translation>招待者を書き出す</translation>
    </message>
    <message>
        <source>invitees.csv</source>
        <translation>招待者.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Each account&apos;s primary contact</source>
        <translation>各アカウントの主担当者</translation>
    </message>
    <message>
        <source>Every contact still there</source>
        <translation>在籍中のすべての担当者</translation>
    </message>
    <message>
        <source>The accounts only</source>
        <translation>アカウントのみ（担当者は招待しない）</translation>
    </message>
    <message>
        <source>&amp;Invite:</source>
        <translation>招待(&amp;I):</translation>
    </message>
</context>
<context>
    <name>csw::RemindersBar</name>
    <message numerus="yes">
        <source>%n renewal(s) are within their reminder windows and have no reminder task yet. Each task is due on the day its window opened: those whose day has passed show as overdue.</source>
        <translation>
            <numerusform>リマインダーの期間に入っていて、まだタスクがない契約更新が %n 件あります。各タスクの期日はその期間が始まった日で、過ぎたものは期限切れとして表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>今はしない(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Make %n task(s)</source>
        <translation>
            <numerusform>タスクを %n 件作成(&amp;M)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csw::RenewDialog</name>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>%1 の契約更新</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>New &amp;ARR (%1):</source>
        <translation>新しい ARR（%1）(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>契約期間(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>契約更新</translation>
    </message>
</context>
<context>
    <name>csw::ScorecardModel</name>
    <message>
        <source>Higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Yellow at</source>
        <translation>黄の基準</translation>
    </message>
    <message>
        <source>Green at</source>
        <translation>緑の基準</translation>
    </message>
    <message>
        <source>An alert when a value falls below this level (empty: none)</source>
        <translation>値がこの水準を下回るとアラート（空欄: なし）</translation>
    </message>
    <message>
        <source>An alert when a value rises above this level (empty: none)</source>
        <translation>値がこの水準を上回るとアラート（空欄: なし）</translation>
    </message>
    <message>
        <source>An alert when the value falls this much within the days given (empty: none)</source>
        <translation>指定の日数内に値がこれだけ下がるとアラート（空欄: なし）</translation>
    </message>
    <message>
        <source>An alert when the value rises this much within the days given (empty: none)</source>
        <translation>指定の日数内に値がこれだけ上がるとアラート（空欄: なし）</translation>
    </message>
    <message>
        <source>Alert past</source>
        <translation>アラート水準</translation>
    </message>
    <message>
        <source>Alert on a fall of</source>
        <translation>アラートの低下幅</translation>
    </message>
    <message>
        <source>Within days</source>
        <translation>期間（日）</translation>
    </message>
</context>
<context>
    <name>csw::ScorecardPage</name>
    <message>
        <source>Save as New Version</source>
        <translation>新しいバージョンとして保存</translation>
    </message>
    <message>
        <source>Recompute History</source>
        <translation>履歴を再計算</translation>
    </message>
    <message>
        <source>Every touch model</source>
        <translation>すべてのタッチモデル</translation>
    </message>
    <message>
        <source>Red below:</source>
        <translation>赤の上限（未満）:</translation>
    </message>
    <message>
        <source>Green from:</source>
        <translation>緑の下限（以上）:</translation>
    </message>
    <message>
        <source>A complete score needs (% of the weight):</source>
        <translation>完全なスコアに必要な重みの割合（%）:</translation>
    </message>
    <message>
        <source>Alert on a drop within 30 days of (points):</source>
        <translation>アラートを出す 30 日以内の下落幅（ポイント）:</translation>
    </message>
    <message>
        <source>Scorecard for:</source>
        <translation>スコアカードの対象:</translation>
    </message>
    <message>
        <source>The built-in scorecard</source>
        <translation>組み込みのスコアカード</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Uses the scorecard for every touch model (version %1)</source>
        <translation>すべてのタッチモデル共通のスコアカードを使用中（バージョン %1）</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>スコアカード</translation>
    </message>
    <message>
        <source>Rescoring the kept health scores…</source>
        <translation>保存済みのヘルススコアを再計算しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Rescored %1 kept scores.</source>
        <translation>保存済みのスコア %1 件を再計算しました。</translation>
    </message>
    <message>
        <source>Add Measure</source>
        <translation>指標を追加</translation>
    </message>
    <message>
        <source>Measures the book keeps from its contacts and hand-offs: recorded when they change</source>
        <translation>担当者と引き継ぎからブックが記録する指標: 変わったときに記録します</translation>
    </message>
    <message>
        <source>The book&apos;s own measures:</source>
        <translation>ブックが記録する指標:</translation>
    </message>
</context>
<context>
    <name>csw::SegmentChooser</name>
    <message>
        <source>Only the accounts of a saved segment (Accounts ▸ Conditions… saves one)</source>
        <translation>保存済みセグメントのアカウントだけ（アカウント ▸ 条件… で保存できます）</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべてのアカウント</translation>
    </message>
    <message>
        <source>The segment %1 cannot be used: %2</source>
        <translation>セグメント %1 は使えません: %2</translation>
    </message>
</context>
<context>
    <name>csw::SegmentDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save Segment</source>
        <translation>セグメントを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Segment Conditions</source>
        <translation>セグメントの条件</translation>
    </message>
    <message>
        <source>e.g. adoption &lt; 40 and touch = low and renewal_days &lt;= 120</source>
        <translation>例: adoption &lt; 40 and touch = low and renewal_days &lt;= 120</translation>
    </message>
    <message>
        <source>A name to share it under (optional)</source>
        <translation>共有するときの名前（任意）</translation>
    </message>
    <message>
        <source>Every condition must hold: FIELD OP VALUE, joined by “and” (OP is =, !=, &lt;, &lt;=, &gt;, &gt;=). Fields: csm, plan, industry, source, touch, stage, band, arr, health, renewal_days (days until the renewal), stage_days (days in the stage), tenure_days; any health measure (its latest value) and MEASURE.age (days since it was measured, e.g. usage.age &gt; 60). Churned accounts only when the stage is named.</source>
        <translation>すべての条件を満たすアカウントが対象です: 項目 演算子 値 を「and」（または「かつ」）でつなぎます（演算子は =、!=、&lt;、&lt;=、&gt;、&gt;=）。項目: csm、plan、industry、source、touch、stage、band、arr、health、renewal_days（契約更新までの日数）、stage_days（現ステージの日数）、tenure_days、任意のヘルス指標（最新値）と 指標.age（最後の計測からの日数。例: usage.age &gt; 60）。解約済みのアカウントはステージを条件にしたときだけ含まれます。</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>条件(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) now, %1</source>
        <translation>
            <numerusform>現在 %n 件のアカウント、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>ARR %1</source>
        <translation>ARR %1</translation>
    </message>
    <message>
        <source>Add a c&amp;ondition:</source>
        <translation>条件を組み立てる(&amp;O):</translation>
    </message>
</context>
<context>
    <name>csw::StageHistoryModel</name>
    <message>
        <source>Current stage</source>
        <translation>現在のステージ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記録者</translation>
    </message>
</context>
<context>
    <name>csw::SuccessPlanPanel</name>
    <message>
        <source>Add &amp;objective…</source>
        <translation>目標を追加(&amp;O)…</translation>
    </message>
    <message>
        <source>Edit ob&amp;jective…</source>
        <translation>目標を編集(&amp;J)…</translation>
    </message>
    <message>
        <source>The objective was removed meanwhile</source>
        <translation>この目標はその間に削除されました</translation>
    </message>
</context>
<context>
    <name>csw::TaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation>タスクの追加</translation>
    </message>
    <message>
        <source>What to do, e.g. “Send the QBR deck”</source>
        <translation>やること（例: 「QBR 資料を送付」）</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
</context>
<context>
    <name>csw::TaskTableModel</name>
    <message>
        <source>Playbook: %1</source>
        <translation>プレイブック: %1</translation>
    </message>
    <message>
        <source>Renewal reminder (%1 days)</source>
        <translation>更新リマインダー（%1 日前）</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>%1 · check to mark it done; Ctrl+Z takes it back</source>
        <translation>%1 · チェックすると完了になります（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>csw::TeamBookDialog</name>
    <message>
        <source>Connect to Team Book</source>
        <translation>チームブックに接続</translation>
    </message>
    <message>
        <source>A team book is one book on a PostgreSQL server that the whole team shares. Ask your administrator for these details.</source>
        <translation>チームブックは、チーム全員で共有する PostgreSQL サーバー上のブックです。接続情報は管理者に確認してください。</translation>
    </message>
    <message>
        <source>db.example.co.jp (empty: this computer)</source>
        <translation>db.example.co.jp（空欄: このコンピューター）</translation>
    </message>
    <message>
        <source>cs_team</source>
        <translation>cs_team</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop keyring</source>
        <translation>パスワードをデスクトップのキーリングに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>empty: from the keyring or ~/.pgpass</source>
        <translation>空欄: キーリングまたは ~/.pgpass から読み込み</translation>
    </message>
    <message>
        <source>Otherwise the password is used only until you quit CS Workbench. It is never saved in the settings.</source>
        <translation>保存しない場合、パスワードは CS Workbench を終了するまでだけ使われます。設定に保存されることはありません。</translation>
    </message>
</context>
<context>
    <name>csw::TouchRuleTable</name>
    <message>
        <source>Touch model</source>
        <translation>タッチモデル</translation>
    </message>
    <message>
        <source>ARR from</source>
        <translation>ARR（以上）</translation>
    </message>
    <message>
        <source>ARR below</source>
        <translation>ARR（未満）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>(any account)</source>
        <translation>（全アカウント）</translation>
    </message>
    <message>
        <source>rule %1, %2: %3</source>
        <translation>ルール %1、%2: %3</translation>
    </message>
</context>
<context>
    <name>csw::TouchRulesDialog</name>
    <message>
        <source>&amp;Apply Rules</source>
        <translation>ルールを適用(&amp;A)</translation>
    </message>
    <message>
        <source>Touch Model Rules</source>
        <translation>タッチモデルのルール</translation>
    </message>
    <message>
        <source>Each account gets the touch model of the rule its ARR falls in. A rule for a segment comes before one for a plan, which comes before one for every account.</source>
        <translation>各アカウントは、ARR が当てはまるルールのタッチモデルになります。セグメントのルールがプランのルールより、プランのルールが全アカウントのルールより先に当たります。</translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation>ルールを追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>ルールを削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>ルールを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>CSM</source>
        <translation>担当CSM</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>ルールによる値</translation>
    </message>
    <message>
        <source>Untick an account to keep its touch model by hand: the rules leave it alone from now on. Tick a kept one to release it.</source>
        <translation>チェックを外したアカウントはタッチモデルを手動で固定し、以後ルールの対象外になります。固定したアカウントにチェックを入れると固定を解除します。</translation>
    </message>
    <message>
        <source>Press Preview to see which accounts the rules would change.</source>
        <translation>［プレビュー］を押すと、ルールで変わるアカウントが表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would change, ARR %1; %2 kept by hand; %3 covered by no rule</source>
        <translation>
            <numerusform>%n 社が変わります（ARR %1）。手動で固定 %2 社、どのルールにも当たらない %3 社</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by hand: tick to release it and set it by the rules</source>
        <translation>手動で固定しています: チェックを入れると固定を解除し、ルールに従って設定します</translation>
    </message>
</context>
<context>
    <name>csw::UndoReport</name>
    <message>
        <source>%1 — %2 undoes it</source>
        <translation>%1 — %2 で元に戻せます</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>元に戻しました: %1</translation>
    </message>
    <message>
        <source>Done again: %1</source>
        <translation>やり直しました: %1</translation>
    </message>
</context>
<context>
    <name>csw::VocBoardView</name>
    <message>
        <source>&amp;New VOC Entry…</source>
        <translation>新しい顧客の声(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;xport VOC Report…</source>
        <translation>顧客の声レポートを書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>件数: %1</translation>
    </message>
</context>
<context>
    <name>csw::VocDetailPanel</name>
    <message>
        <source>Change &amp;status</source>
        <translation>状態を変更(&amp;S)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>編集(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Customer &amp;told…</source>
        <translation>顧客に報告(&amp;T)…</translation>
    </message>
    <message>
        <source>Accounts behind it</source>
        <translation>発言したアカウント</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <translation>顧客の声 #%1 · %2</translation>
    </message>
    <message>
        <source>No VOC entry selected</source>
        <translation>顧客の声が選択されていません</translation>
    </message>
    <message>
        <source>Hand off to: %1</source>
        <translation>引き継ぎ先: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>入手経路: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Logged: %1</source>
        <translation>記録日: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>Merged into entry %1</source>
        <translation>#%1 に統合済み</translation>
    </message>
    <message>
        <source>Accounts: %1 · ARR %2 · weighted %3 · at risk %4</source>
        <translation>アカウント: %1 件 · ARR %2 · 重み付き %3 · リスクあり %4</translation>
    </message>
    <message>
        <source>Move VOC entry %1 to %2</source>
        <translation>顧客の声 #%1 の状態を「%2」に変更</translation>
    </message>
    <message>
        <source>Merge VOC entry %1 into %2</source>
        <translation>顧客の声 #%1 を #%2 に統合</translation>
    </message>
    <message>
        <source>Record that the customer was told (VOC entry %1)</source>
        <translation>顧客への報告の記録（顧客の声 #%1）</translation>
    </message>
    <message>
        <source>A&amp;dd note…</source>
        <translation>メモを追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Note on VOC entry %1</source>
        <translation>VOCエントリ%1へのメモ</translation>
    </message>
    <message>
        <source>What was decided, asked or found:</source>
        <translation>決まったこと・依頼・わかったこと:</translation>
    </message>
    <message numerus="yes">
        <source>Behind %n churn(s): %1 ARR lost</source>
        <translation>
            <numerusform>%n 件の解約の背景：失ったARR %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csw::VocDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>What did the customer say? In their words, as far as you can.</source>
        <translation>顧客は何と言っていましたか？ できるだけ顧客の言葉のまま記入してください。</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. reporting, export</source>
        <translation>カンマ区切り（例: レポート, エクスポート）</translation>
    </message>
    <message>
        <source>Tags in use: %1</source>
        <translation>使用中のタグ: %1</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>発言内容(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Hand off to:</source>
        <translation>引き継ぎ先(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>入手経路(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>Importance weighs each account&apos;s ARR in the impact: nice to have +1, important +2, dealbreaker +3. Select an account to change it.</source>
        <translation>重要度は、インパクトの計算で各アカウントの ARR に掛ける重みです（あれば良い +1、重要 +2、必須 +3）。変更するにはアカウントを選択してください。</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>アカウント(&amp;C):</translation>
    </message>
    <message>
        <source>Log Voice of the Customer</source>
        <translation>顧客の声の記録</translation>
    </message>
    <message>
        <source>Edit VOC Entry %1</source>
        <translation>顧客の声 #%1 の編集</translation>
    </message>
    <message>
        <source>no account has the id %1</source>
        <translation>ID %1 のアカウントはありません</translation>
    </message>
    <message>
        <source>Log VOC “%1”</source>
        <translation>顧客の声「%1」の記録</translation>
    </message>
    <message>
        <source>Edit VOC entry %1</source>
        <translation>顧客の声 #%1 の編集</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>The person at a linked account who said it (their contacts)</source>
        <translation>発言した、紐づくアカウントの担当者</translation>
    </message>
    <message>
        <source>Said b&amp;y:</source>
        <translation>発言者(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>csw::VocExportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8（BOM 付き、Excel 用）</translation>
    </message>
    <message>
        <source>CP932 (Shift_JIS, older Japanese Excel)</source>
        <translation>CP932（Shift_JIS、古い日本語版 Excel 用）</translation>
    </message>
    <message>
        <source>Leave out customer-identifying columns (account names, contacts told)</source>
        <translation>顧客を特定できる列（アカウント名、報告した顧客担当者）を除外する</translation>
    </message>
    <message>
        <source>Export VOC Report</source>
        <translation>顧客の声レポートの書き出し</translation>
    </message>
    <message>
        <source>voc-report-%1.csv</source>
        <translation>voc-report-%1.csv</translation>
    </message>
    <message>
        <source>Entries to export: %1, as the board shows them (its filters and ranking).</source>
        <translation>書き出す件数: %1 件（ボードに表示されているとおりの絞り込みと並び順）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>文字コード:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>choose the file to write</source>
        <translation>書き出すファイルを選んでください</translation>
    </message>
    <message>
        <source>Exporting the VOC report (entries: %1)…</source>
        <translation>顧客の声レポートを書き出しています（%1 件）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Nothing was exported, and %1 was left as it was: %2</source>
        <translation>何も書き出していません。%1 は変更していません: %2</translation>
    </message>
    <message>
        <source>Exported the VOC report to %1 (entries: %2)</source>
        <translation>顧客の声レポートを %1 に書き出しました（%2 件）</translation>
    </message>
    <message>
        <source>Write characters CP932 lacks (emoji, rare kanji) as 〓, each one listed, instead of stopping</source>
        <translation>CP932 にない文字（絵文字、一部の漢字）で中止せず 〓 で書き出す（置き換えた文字は一覧表示）</translation>
    </message>
    <message>
        <source>VOC entry %1, column %2: %3</source>
        <translation>顧客の声 #%1、列「%2」: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) written as 〓</source>
        <translation>
            <numerusform>%n 文字を 〓 で書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>CP932 has no place for these characters; they were written as 〓:</source>
        <translation>次の文字は CP932 にないため 〓 で書き出しました:</translation>
    </message>
</context>
<context>
    <name>csw::VocFilterBar</name>
    <message>
        <source>Search the text and tags (any language, any length)</source>
        <translation>内容とタグを検索（言語・文字数を問わず）</translation>
    </message>
    <message>
        <source>Logged on or after</source>
        <translation>この日以降に記録</translation>
    </message>
    <message>
        <source>Logged on or before</source>
        <translation>この日以前に記録</translation>
    </message>
    <message>
        <source>All hand-offs</source>
        <translation>すべての引き継ぎ先</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All touch models</source>
        <translation>すべてのタッチモデル</translation>
    </message>
    <message>
        <source>Hand-off:</source>
        <translation>引き継ぎ先:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>CSM:</source>
        <translation>担当CSM:</translation>
    </message>
    <message>
        <source>Touch:</source>
        <translation>タッチモデル:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>All CSMs</source>
        <translation>すべての担当CSM</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>セグメント:</translation>
    </message>
</context>
<context>
    <name>csw::VocHistoryModel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Logged as %1</source>
        <translation>「%1」として記録</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Merged into entry %1</source>
        <translation>#%1 に統合</translation>
    </message>
    <message>
        <source>Entry %1 merged into this one</source>
        <translation>#%1 をこの顧客の声に統合</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Hand-off to</source>
        <translation>引き継ぎ先</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手経路</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Accounts (id:importance)</source>
        <translation>アカウント（ID:重要度）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>顧客担当者</translation>
    </message>
    <message>
        <source>, via %1</source>
        <translation>（経由: %1）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>顧客に報告</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Said by</source>
        <translation>発言者</translation>
    </message>
</context>
<context>
    <name>csw::VocLinkModel</name>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>Double-click to open the account</source>
        <translation>ダブルクリックでアカウントを開きます</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
</context>
<context>
    <name>csw::VocLoopDialog</name>
    <message>
        <source>Customer Told — VOC Entry %1</source>
        <translation>顧客に報告 — 顧客の声 #%1</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>ウェビナー</translation>
    </message>
    <message>
        <source>in-product notice</source>
        <translation>製品内のお知らせ</translation>
    </message>
    <message>
        <source>What they were told (optional)</source>
        <translation>報告した内容（任意）</translation>
    </message>
    <message>
        <source>Mark the entry as “%1”</source>
        <translation>この顧客の声を「%1」にする</translation>
    </message>
    <message>
        <source>Only done or declined entries can be closed-loop.</source>
        <translation>「顧客に報告済み」にできるのは、状態が完了または見送りの顧客の声だけです。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>報告した相手(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>報告方法(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
</context>
<context>
    <name>csw::VocMergeDialog</name>
    <message>
        <source>Merge VOC Entry %1</source>
        <translation>顧客の声 #%1 の統合</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Search the entries to find the one to keep</source>
        <translation>顧客の声を検索して、残すものを探す</translation>
    </message>
    <message>
        <source>Entry %1 joins the entry you choose: its accounts (the higher importance wins) and tags are added to it, and entry %1 leaves the board, pointing to it.</source>
        <translation>顧客の声 #%1 を、選んだ顧客の声に統合します。アカウント（重要度は高い方を採用）とタグが統合先に追加され、#%1 は統合先へのリンクを残してボードから外れます。</translation>
    </message>
    <message>
        <source>Merge &amp;into entry:</source>
        <translation>統合先(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>Choose the entry to keep.</source>
        <translation>残す顧客の声を選んでください。</translation>
    </message>
    <message>
        <source>An entry cannot be merged into itself.</source>
        <translation>顧客の声をそれ自体に統合することはできません。</translation>
    </message>
    <message>
        <source>Entry %1 was merged into %2 already.</source>
        <translation>#%1 はすでに #%2 に統合済みです。</translation>
    </message>
    <message>
        <source>Keep entry %1 (%2): %3</source>
        <translation>#%1 を残す（%2）: %3</translation>
    </message>
</context>
<context>
    <name>csw::VocTableModel</name>
    <message>
        <source>Accounts at risk (red health or churn prevention): %1</source>
        <translation>リスクのあるアカウント（ヘルスが赤、またはチャーン防止ステージ）: %1 件</translation>
    </message>
    <message>
        <source>Impact: the ARR of each account times its importance (1 to 3)</source>
        <translation>インパクト: 各アカウントの ARR × 重要度（1〜3）の合計</translation>
    </message>
    <message>
        <source>ARR of the accounts in red health or in churn prevention</source>
        <translation>ヘルスが赤、またはチャーン防止ステージにあるアカウントの ARR</translation>
    </message>
    <message>
        <source>Click to rank by this column</source>
        <translation>クリックするとこの列で並べ替えます</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Hand-off to</source>
        <translation>引き継ぎ先</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント数</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Weighted ARR</source>
        <translation>重み付きARR</translation>
    </message>
    <message>
        <source>ARR at risk</source>
        <translation>リスクのあるARR</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>両方</translation>
    </message>
    <message>
        <source>ARR lost by the churns that named this entry as behind them</source>
        <translation>この顧客の声を背景に挙げた解約で失ったARR</translation>
    </message>
    <message>
        <source>Churned ARR</source>
        <translation>解約ARR</translation>
    </message>
</context>
<context>
    <name>csw::WelcomeView</name>
    <message>
        <source>Welcome to CS Workbench</source>
        <translation>CS Workbench へようこそ</translation>
    </message>
    <message>
        <source>Create a New Book…</source>
        <translation>新しいブックを作成…</translation>
    </message>
    <message>
        <source>Open a Book…</source>
        <translation>ブックを開く…</translation>
    </message>
    <message>
        <source>Open the Demo Book</source>
        <translation>デモブックを開く</translation>
    </message>
    <message>
        <source>A book keeps your accounts, their stages, revenue, health and the voice of the customer: in one file of your own, or shared by your team on a server. Create a new book, open one, or look around in a demo book first.</source>
        <translation>ブックには、アカウントとそのステージ、売上、ヘルス、顧客の声（VOC）を記録します。自分だけのファイルにも、チームで共有するサーバーにも置けます。新しいブックを作成するか、既存のブックを開くか、まずはデモブックをご覧ください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CS Workbench</source>
        <translation>CS Workbench</translation>
    </message>
    <message>
        <source>The book to open.</source>
        <translation>開くブック</translation>
    </message>
    <message>
        <source>Show this view: 1 My Day, 2 Accounts, 3 VOC, 4 Portfolio.</source>
        <translation>表示するビュー: 1 マイデイ、2 アカウント、3 顧客の声、4 ポートフォリオ</translation>
    </message>
    <message>
        <source>Save the window as a PNG after a few seconds, then quit.</source>
        <translation>数秒後にウィンドウを PNG として保存して終了</translation>
    </message>
</context>
</TS>
