// SPDX-License-Identifier: MIT
#include "demo/DemoData.h"

#include <utility>

namespace csw::DemoData {

namespace {

using Pairs = std::initializer_list<std::pair<const char16_t *, const char16_t *>>;

// One list in two languages, entry for entry.
struct Bilingual
{
    QStringList ja, en;
    const QStringList &in(DemoLanguage language) const
    {
        return language == DemoLanguage::English ? en : ja;
    }
};

Bilingual bilingual(Pairs pairs)
{
    Bilingual b;
    for (const auto &[japanese, english] : pairs) {
        b.ja << QString::fromUtf16(japanese);
        b.en << QString::fromUtf16(english);
    }
    return b;
}

QStringList list(std::initializer_list<const char16_t *> words)
{
    QStringList result;
    for (const char16_t *word : words)
        result << QString::fromUtf16(word);
    return result;
}

} // namespace

std::optional<DemoLanguage> languageFromKey(const QString &key)
{
    if (key == QLatin1String("ja"))
        return DemoLanguage::Japanese;
    if (key == QLatin1String("en"))
        return DemoLanguage::English;
    return std::nullopt;
}

DemoLanguage languageFor(const QString &uiLanguage)
{
    return uiLanguage.startsWith(QLatin1String("ja")) ? DemoLanguage::Japanese : DemoLanguage::English;
}

const QStringList &csms(DemoLanguage language)
{
    static const Bilingual b = bilingual({{u"佐藤 美咲", u"Misaki Sato"}, {u"鈴木 健太", u"Kenta Suzuki"},
                                          {u"高橋 彩", u"Aya Takahashi"}, {u"田中 翔太", u"Shota Tanaka"},
                                          {u"伊藤 由美", u"Yumi Ito"}, {u"Emily Clark", u"Emily Clark"}});
    return b.in(language);
}

const QStringList &japaneseCompanyCores(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"さくら", u"Sakura"}, {u"あおば", u"Aoba"}, {u"ひかり", u"Hikari"}, {u"みらい", u"Mirai"},
         {u"富士", u"Fuji"}, {u"大和", u"Yamato"}, {u"東海", u"Tokai"}, {u"北斗", u"Hokuto"},
         {u"青空", u"Aozora"}, {u"丸山", u"Maruyama"}, {u"新星", u"Shinsei"}, {u"朝日", u"Asahi"},
         {u"常盤", u"Tokiwa"}, {u"若葉", u"Wakaba"}, {u"白鷺", u"Shirasagi"}, {u"浜松", u"Hamamatsu"},
         {u"京橋", u"Kyobashi"}, {u"神田", u"Kanda"}, {u"瀬戸内", u"Setouchi"}, {u"六甲", u"Rokko"}});
    return b.in(language);
}

const QStringList &japaneseCompanyKinds(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"物流", u"Logistics"}, {u"製作所", u"Manufacturing"}, {u"商事", u"Trading"}, {u"食品", u"Foods"},
         {u"不動産", u"Real Estate"}, {u"建設", u"Construction"}, {u"電機", u"Electric"},
         {u"薬品", u"Pharmaceutical"}, {u"ソリューションズ", u"Solutions"}, {u"システムズ", u"Systems"},
         {u"工業", u"Industries"}, {u"出版", u"Publishing"}, {u"学園", u"Academy"},
         {u"クリニック", u"Clinic"}, {u"ホールディングス", u"Holdings"}});
    return b.in(language);
}

const QStringList &englishCompanyCores()
{
    static const QStringList l = list({u"Aozora", u"Hikari", u"Kaizen", u"Nexus", u"Bluebird",
                                       u"Northwind", u"Summit", u"Harbor", u"Evergreen",
                                       u"Tsubasa"});
    return l;
}

const QStringList &englishCompanyKinds()
{
    static const QStringList l = list({u"Systems Inc.", u"Labs K.K.", u"Logistics Co., Ltd.",
                                       u"Foods Co., Ltd.", u"Retail Inc.", u"Health K.K.",
                                       u"Capital Partners", u"Works Inc.", u"Digital K.K."});
    return l;
}

const QStringList &regions(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"東京", u"Tokyo"}, {u"大阪", u"Osaka"}, {u"名古屋", u"Nagoya"}, {u"福岡", u"Fukuoka"},
         {u"札幌", u"Sapporo"}, {u"仙台", u"Sendai"}, {u"広島", u"Hiroshima"}, {u"横浜", u"Yokohama"},
         {u"京都", u"Kyoto"}, {u"神戸", u"Kobe"}, {u"那覇", u"Naha"}, {u"金沢", u"Kanazawa"}});
    return b.in(language);
}

const QStringList &industries(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"製造", u"Manufacturing"}, {u"小売", u"Retail"}, {u"物流", u"Logistics"},
         {u"IT・通信", u"IT & telecom"}, {u"金融", u"Finance"}, {u"医療・ヘルスケア", u"Healthcare"},
         {u"教育", u"Education"}, {u"不動産", u"Real estate"}, {u"建設", u"Construction"},
         {u"飲食", u"Restaurants"}});
    return b.in(language);
}

const QStringList &sources(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"ウェビナー", u"Webinar"}, {u"展示会", u"Trade show"}, {u"紹介", u"Referral"}, {u"SEO", u"SEO"},
         {u"リスティング広告", u"Search ads"}, {u"パートナー", u"Partner"}, {u"アウトバウンド", u"Outbound"},
         {u"Web問い合わせ", u"Web inquiry"}});
    return b.in(language);
}

const QStringList &onboardingNotes(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"キックオフ実施、サクセスプランを合意", u"Kickoff held; success plan agreed"},
         {u"スポンサーとキックオフ、サクセスプランを合意", u"Kickoff held; success plan agreed with the sponsor"},
         {u"導入支援開始。初回のクイックウィンを設定", u"Onboarding started; first quick win set"},
         {u"管理者トレーニングを予約、最初のクイックウィンを定義", u"Admin training booked; first quick win defined"}});
    return b.in(language);
}

const QStringList &adoptionNotes(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"クイックウィン達成：初回レポートを経営会議で共有",
          u"Quick win reached: first report shared at the management meeting"},
         {u"クイックウィン達成：初回ダッシュボードを週次会議で活用",
          u"Quick win reached: first dashboard in the weekly meeting"},
         {u"利用定着化のためのウェビナーに参加", u"Joined the adoption webinar"},
         {u"利用状況レビュー：未使用の機能を2つ紹介", u"Usage review: two unused features introduced"}});
    return b.in(language);
}

const QStringList &expansionNotes(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"ライセンス上限に近づき、アップセルを提案", u"Close to the licence limit; upsell proposed"},
         {u"ライセンス利用率95%、アップセルの提案書を送付", u"Seat usage at 95%; upsell proposal sent"},
         {u"他部署への展開（クロスセル）を検討中", u"Considering other departments (cross-sell)"},
         {u"QBRで来期ロードマップを合意", u"Next year's roadmap agreed at the QBR"}});
    return b.in(language);
}

const QStringList &riskNotes(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"ログイン数が急減、担当者が異動", u"Logins fell sharply; the contact moved teams"},
         {u"推進者の退職後、利用が40%減少", u"Usage dropped 40% after champion left"},
         {u"NPS 回答が批判者（3点）", u"NPS answer from a detractor (3)"},
         {u"サポート問い合わせが急増", u"Support tickets surged"},
         {u"スポンサーから安価な代替製品について質問", u"Sponsor asked about cheaper alternatives"}});
    return b.in(language);
}

const QStringList &rescueNotes(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"新任担当者とのオンボーディングをやり直し", u"Onboarding redone with the new contact"},
         {u"救済プラン完了：連携の不具合を解消", u"Rescue plan done: integration issue fixed"},
         {u"課題を解消し、利用率が回復", u"Issues resolved; usage recovered"}});
    return b.in(language);
}

const QStringList &churnReasons(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"予算削減", u"Budget cut"}, {u"競合製品へ乗り換え", u"Switched to a competitor"},
         {u"推進者が退職し、後任のスポンサーが不在", u"Champion left; no new sponsor"},
         {u"期待した機能が不足", u"Features it expected were missing"},
         {u"営業が約束した機能がなかった", u"Expected features that sales had promised"},
         {u"利用が定着しなかった", u"Usage never took hold"}, {u"事業縮小・撤退", u"Business scaled down"},
         {u"更新時の値上げ", u"Price increase at renewal"}});
    return b.in(language);
}

const QStringList &churnReasonCodes()
{
    static const QStringList l = list({u"price", u"competitor", u"champion-left", u"missing-feature",
                                       u"missing-feature", u"failed-onboarding", u"downsizing", u"price"});
    return l;
}

const QStringList &activityKinds()
{
    static const QStringList l = list({u"call", u"meeting", u"email", u"note", u"qbr", u"call", u"meeting",
                                       u"email"});
    return l;
}

const QStringList &activityNotes(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"担当者と電話。利用状況を確認し、次回の定例を設定",
          u"Call with the contact: usage checked, next regular meeting set"},
         {u"定例会。活用が進んでいる部署と遅れている部署を確認",
          u"Regular meeting: which departments use it well, which lag behind"},
         {u"新機能のご案内メールを送付", u"Sent the new-feature announcement"},
         {u"決裁者が4月に交代予定。後任と早めに関係構築する",
          u"The decision maker changes in April: meet the successor early"},
         {u"QBR: 目標に対する進捗を報告、次四半期の目標を合意",
          u"QBR: progress against the goals reported, next quarter's goals agreed"},
         {u"週次の確認：活用が進み、管理者2名のトレーニング完了",
          u"Weekly check-in: adoption is up, two admins trained"},
         {u"新任のチームリーダーとワークショップ", u"Workshop with the new team leads"},
         {u"更新の見積書を送付", u"Sent the renewal quote"}});
    return b.in(language);
}

const QStringList &taskTitles(DemoLanguage language)
{
    static const Bilingual b = bilingual(
        {{u"定例会の議事録を送る", u"Send the meeting minutes"},
         {u"利用状況レポートを作成", u"Write the usage report"},
         {u"決裁者とのミーティングを設定", u"Set up a meeting with the decision maker"},
         {u"サポートチケットのフォローアップ", u"Follow up on the support ticket"},
         {u"QBR資料を準備", u"Prepare the QBR deck"}, {u"トレーニング日程の調整", u"Schedule the training"}});
    return b.in(language);
}

QString japaneseCompany(DemoLanguage language, const QString &core, const QString &kind)
{
    if (language == DemoLanguage::English)
        return core + QLatin1Char(' ') + kind + QStringLiteral(" Co., Ltd.");
    return QStringLiteral("株式会社") + core + kind;
}

QString branch(DemoLanguage language, const QString &company, const QString &region)
{
    if (language == DemoLanguage::English)
        return company + QStringLiteral(", ") + region + QStringLiteral(" office");
    return company + QLatin1Char(' ') + region + QStringLiteral("支社");
}

} // namespace csw::DemoData
