package org.tekigo.importer.text.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tekigo.importer.text.WrappedText;

class WrappedTextTest {

    @Test
    void japaneseWrapsJoinWithoutSpace() {
        assertEquals("管理規定を定めています。資料提供は通常行なっていないため要求内容を確認の上提供について検討させていただきます。",
                WrappedText.join(List.of("管理規定を定めています。", "資料提供は通常行なっていないた",
                        "め要求内容を確認の上提供につ", "いて検討させていただきます。")));
    }

    @Test
    void urlWrappedAtADotJoinsWhole() {
        assertEquals("https://go.chatwork.com/ja/terms/",
                WrappedText.join(List.of("https://go.chatwork.", "com/ja/terms/")));
    }

    @Test
    void urlInsideJapaneseTextJoinsWhole() {
        assertEquals("利用規約（https://go.chatwork.com/ja/terms/）の第18条（本サービスの廃止）",
                WrappedText.join(List.of("利用規約（https://go.chatwork.", "com/ja/terms/）の", "第18条（本サービスの廃止）")));
    }

    @Test
    void urlWrappedAtASlashJoinsWhole() {
        assertEquals("https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryou/johoka/cyber-security.html",
                WrappedText.join(List.of("https://www.mhlw.go.",
                        "jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryou/joho", "ka/cyber-security.html")));
    }

    @Test
    void trailingSpaceMarksASpaceBetweenWords() {
        assertEquals("ID・パスワード、Google Authenticator（認証アプリ）を利用",
                WrappedText.join(List.of("ID・パスワード、Google ", "Authenticator（認証アプリ）を利用")));
        assertEquals("Amazon Virtual Private Cloud (VPC) を利用し",
                WrappedText.join(List.of("Amazon Virtual Private Cloud ", "(VPC) を利用し")));
    }

    @Test
    void asciiWrappedWithoutTrailingSpaceWasCutInsideAToken() {
        assertEquals("TLS1.2により接続する", WrappedText.join(List.of("TLS1.", "2により接続する")));
        assertEquals("WPA2-AES、WPA2-TKIP 等", WrappedText.join(List.of("WPA2-", "AES、WPA2-TKIP 等")));
    }

    @Test
    void spacesInsideALineAreKeptAsPrinted() {
        assertEquals("利用規約 第15条（本サービス内容の変更）をご確認ください。",
                WrappedText.join(List.of("利用規約 第15条（本サービス内容", "の変更）をご確認ください。")));
        assertEquals("第24条\u3000データの閲覧", WrappedText.join(List.of("第24条\u3000データの閲覧")));
    }

    @Test
    void indentationAndBlankLinesAreNotText() {
        assertEquals("④安全なパスワード要件の定義", WrappedText.join(List.of(" ④安全なパスワー", "", "ド要件の定義")));
    }

    @Test
    void nothingJoinsToNothing() {
        assertEquals("", WrappedText.join(List.of()));
        assertEquals("", WrappedText.join(List.of("", "  ")));
    }
}
