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

  it("tells reviews in Slovak, Lithuanian, Romanian, Finnish and Indonesian from English ones by their function words", () => {
    const slovak =
      "Prešiel som celý modul. Token sa zapisuje do logu aj s hlavičkou, čo nie je v poriadku, a heslo je v kóde natvrdo. Navrhujem presunúť ho do trezoru a token pred zápisom skrátiť, alebo ho nelogovať vôbec. Ostatné časti sú v poriadku a testy prechádzajú.";
    const lithuanian =
      "Peržiūrėjau visą modulį. Slaptažodis yra įrašytas kode, todėl jį mato visi, kas turi prieigą prie saugyklos. Taip pat užklausa sudaroma sujungiant eilutes, ir tai leidžia SQL injekciją. Kitos dalys tvarkingos, bet pirmus du punktus reikia ištaisyti prieš diegimą, nes kitaip duomenys nėra saugūs.";
    const romanian =
      "Am analizat tot modulul. Parola este scrisă direct în cod și nu este rotită, iar interogarea este construită prin concatenare, ceea ce permite injecție SQL. Recomand mutarea parolei într-un seif și folosirea parametrilor pentru toate valorile care vin din cerere.";
    const finnish =
      "Kävin moduulin läpi. Salasana on kirjoitettu suoraan koodiin, ja kysely rakennetaan yhdistämällä merkkijonoja, mikä mahdollistaa SQL-injektion. Jos avain vuotaa, se pitää myös vaihtaa. Muuten koodi on siisti ja testit menevät läpi, mutta nämä kaksi asiaa on korjattava ennen kuin moduuli otetaan käyttöön tuotannossa.";
    const indonesian =
      "Saya sudah meninjau modul ini. Kata sandi ditulis langsung di dalam kode dan tidak pernah dirotasi, dan kueri dibangun dengan menggabungkan string dari permintaan, yang memungkinkan injeksi SQL. Ini harus diperbaiki sebelum rilis, untuk semua nilai yang berasal dari pengguna.";
    for (const text of [slovak, lithuanian, romanian, finnish, indonesian]) expect(isInAnotherLanguage(text), text.slice(0, 30)).toBe(true);
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
