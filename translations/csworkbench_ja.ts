<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountChanges</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: 「%2」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
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
        <source>Health band</source>
        <translation>ヘルス区分</translation>
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
        <source>Why the customer left.</source>
        <translation>解約理由</translation>
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
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>there is no account %1 in this book</source>
        <translation>このブックにアカウント %1 はありません</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>cannot open the book %1: %2</source>
        <translation>ブック %1 を開けません: %2</translation>
    </message>
    <message>
        <source>there is no book at %1 (create one with &apos;csw init&apos;)</source>
        <translation>%1 にブックがありません（&apos;csw init&apos; で作成してください）</translation>
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
        <source>Generated %1 accounts with %2 stage events, %3 ARR events and %4 renewals in %5.</source>
        <translation>%5 に %1 件のアカウントを生成しました（ステージイベント %2 件、ARR イベント %3 件、契約更新 %4 件）。</translation>
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
        <source>Write a consistent copy of the book to a new file.</source>
        <translation>ブックの一貫性のあるコピーを新しいファイルに書き出します。</translation>
    </message>
    <message>
        <source>Check the book&apos;s integrity and schema; exit 1 on a problem.</source>
        <translation>ブックの整合性とスキーマを検査します。問題があれば終了ステータス 1 で終了します。</translation>
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
        <source>--%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: 「%2」は日付（YYYY-MM-DD）ではありません</translation>
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
    <name>csw::AccountDetailView</name>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>ステージを移動(&amp;M)…</translation>
    </message>
    <message>
        <source>C&amp;hurn…</source>
        <translation>解約(&amp;H)…</translation>
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
</context>
<context>
    <name>csw::AccountsView</name>
    <message>
        <source>Accounts: %1</source>
        <translation>アカウント数: %1</translation>
    </message>
</context>
<context>
    <name>csw::AddAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>e.g. 1200000</source>
        <translation>例: 1200000</translation>
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
    <name>csw::BookSession</name>
    <message>
        <source>no book is open</source>
        <translation>ブックが開かれていません</translation>
    </message>
</context>
<context>
    <name>csw::BookSummaryView</name>
    <message>
        <source>No book is open.</source>
        <translation>ブックが開かれていません。</translation>
    </message>
    <message>
        <source>Book: %1</source>
        <translation>ブック: %1</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント数</translation>
    </message>
    <message>
        <source>ARR (%1)</source>
        <translation>ARR（%1）</translation>
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
        <source>&amp;Reason:</source>
        <translation>解約理由(&amp;R):</translation>
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
        <source>Open Book</source>
        <translation>ブックを開く</translation>
    </message>
    <message>
        <source>CS Workbench books (*.sqlite *.csw);;All files (*)</source>
        <translation>CS Workbench ブック (*.sqlite *.csw);;すべてのファイル (*)</translation>
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
        <source>My Day</source>
        <translation>マイデイ</translation>
    </message>
    <message>
        <source>Tasks due, renewals coming up and accounts at risk will be gathered here.</source>
        <translation>期限を迎えたタスク、近づいている契約更新、リスクのあるアカウントをここにまとめる予定です。</translation>
    </message>
    <message>
        <source>Voice of the Customer</source>
        <translation>顧客の声（VOC）</translation>
    </message>
    <message>
        <source>What customers ask for and complain about, ranked by the revenue behind it and handed off to product and marketing, will be kept here.</source>
        <translation>顧客からの要望や不満を、関係する売上の大きさ順に並べ、プロダクトやマーケティングへの引き継ぎとあわせてここで管理する予定です。</translation>
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
        <source>New Book</source>
        <translation>新しいブック</translation>
    </message>
    <message>
        <source>book.sqlite</source>
        <translation>book.sqlite</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for a new book.</source>
        <translation>%1 はすでに存在します。新しいブックには新しいファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Back Up Book</source>
        <translation>ブックをバックアップ</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
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
    <name>csw::OptionalDateEdit</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
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
</context>
<context>
    <name>csw::WelcomeView</name>
    <message>
        <source>Welcome to CS Workbench</source>
        <translation>CS Workbench へようこそ</translation>
    </message>
    <message>
        <source>A book keeps your team&apos;s accounts, their stages, revenue and history in one file. Create a new book, open one, or look around in a demo book first.</source>
        <translation>ブックには、チームのアカウントとそのステージ、売上、履歴が 1 つのファイルにまとめて保存されます。新しいブックを作成するか、既存のブックを開いてください。まずデモブックで試してみることもできます。</translation>
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
</context>
</TS>
