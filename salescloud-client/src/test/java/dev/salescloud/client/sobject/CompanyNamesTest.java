package dev.salescloud.client.sobject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Acme|acme",
      "ACME, Inc.|acme",
      "Acme Co., Ltd.|acme",
      "Müller GmbH|muller",
      "A.C.M.E. Corp|acme",
      "Smith & Jones LLP|smith and jones",
      "Inc|inc",
      "Acme Rockets Ltd|acme rockets",
      "'  --  '|''"})
  void normalisesCaseAccentsPunctuationAndLegalForms(String name, String normal) {
    assertThat(CompanyNames.normalise(name)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"ACME, Inc.|ACME", "O'Brien & Sons|O'Brien", "  Acme|Acme"})
  void looksCandidatesUpByTheFirstWordAsWritten(String name, String word) {
    assertThat(CompanyNames.firstWord(name)).isEqualTo(word);
  }
}
