import { describe, expect, it } from "vitest";
import { isInAnotherLanguage } from "../../lib/findings/language";

describe("isInAnotherLanguage", () => {
  it("tells reviews in Russian, Dutch, Italian and Polish from English ones", () => {
    const russian =
      "Посмотрел парсер. Коротко: в текущем виде выставлять это наружу нельзя, парсер доверяет почти всем полям из датаграммы. Ниже по пунктам, в порядке убывания важности. Переполнение буфера на стеке, запись за пределы массива, чтение за концом пакета и использование памяти после освобождения.";
    const dutch =
      "Ik heb de module doorgenomen. Mijn punten, in volgorde van belang: de bucket is voor iedereen op internet leesbaar en dat is niet nodig. De service account krijgt te veel rechten op het project en de sleutel staat in de state. Graag de rechten beperken en geen sleutels aanmaken voor een job die als de service account zelf kan draaien.";
    const italian =
      "Ho analizzato il contratto prima del deploy. Il contratto implementa uno staking del token con ricompense lineari e un bonus in ETH. Di seguito i problemi individuati, in ordine di gravità: la funzione invia ETH prima di impostare il flag, e chiunque può impostare il tasso di ricompensa perché non ha il modificatore.";
    const polish =
      "Przejrzałem moduł pod kątem bezpieczeństwa. Ogólnie struktura jest czytelna, ale kilka rzeczy blokuje merge. Jeśli nagłówek tokena ma alg none, funkcja zwraca claims bez sprawdzania podpisu i każdy może sobie wygenerować token, który przejdzie przez bramkę, więc ta gałąź musi zniknąć.";
    for (const text of [russian, dutch, italian, polish]) expect(isInAnotherLanguage(text)).toBe(true);
  });

  it("keeps English reviews English, terse notes and code-heavy ones included", () => {
    const prose =
      "The search endpoint builds a SQL statement by concatenating the status parameter, which comes directly from the query string, into a string that is then executed. This is a textbook SQL injection. An attacker could terminate the string literal and append arbitrary conditions. The fix is to use parameterized queries for every value that comes from the request.";
    const terse =
      "L28: hard-coded default admin password, same on every unit (CWE-798)\nL34: sprintf into buf[64], path + raw config line can overflow stack buffer\nL35: syslog(LOG_WARNING, buf) - buf used as format string, %n from config file\nL41: hostname[HOSTNAME_LEN] = 0 writes 1 byte past end of hostname[32]\nL59: strtoul(val) for entries count, no upper bound / no errno check";
    expect(isInAnotherLanguage(prose)).toBe(false);
    expect(isInAnotherLanguage(terse)).toBe(false);
    // Too short to tell.
    expect(isInAnotherLanguage("Переполнение буфера")).toBe(false);
  });
});
