// Hangul for the demo catalogue's romanised names: people are shown as Koreans write
// them (surname first, no space: 이하늘), channels with Korean titles; handles stay
// romanised (@haneulbeauty), as on YouTube. The romanised lists in catalog.ts still drive
// the random draws, so a seed gives the same people as before, only written in Korean.

import vocab from "../../messages/ko/vocab.json" with { type: "json" };

export const SURNAME_KO: Record<string, string> = {
  Kim: "김",
  Lee: "이",
  Park: "박",
  Choi: "최",
  Jung: "정",
  Kang: "강",
  Cho: "조",
  Yoon: "윤",
  Jang: "장",
  Lim: "임",
  Han: "한",
  Oh: "오",
  Seo: "서",
  Shin: "신",
  Kwon: "권",
  Hwang: "황",
  Ahn: "안",
  Song: "송",
  Yoo: "유",
  Hong: "홍",
};

export const GIVEN_KO: Record<string, string> = {
  Minjun: "민준",
  Seoyeon: "서연",
  Jiho: "지호",
  Haeun: "하은",
  Doyun: "도윤",
  Jiwoo: "지우",
  Seojun: "서준",
  Subin: "수빈",
  Yejun: "예준",
  Chaewon: "채원",
  Hajun: "하준",
  Jiyu: "지유",
  Eunwoo: "은우",
  Minseo: "민서",
  Siwoo: "시우",
  Yuna: "유나",
  Juwon: "주원",
  Dahye: "다혜",
  Hyunwoo: "현우",
  Soyeon: "소연",
  Taeyang: "태양",
  Nari: "나리",
  Gaeun: "가은",
  Jinwoo: "진우",
  Hyejin: "혜진",
  Sungmin: "성민",
  Yerin: "예린",
  Donghyun: "동현",
  Bora: "보라",
  Jaemin: "재민",
  Sora: "소라",
  Kyungho: "경호",
  Hana: "하나",
  Woojin: "우진",
  Ara: "아라",
  Junseo: "준서",
  Mina: "미나",
  Sangwoo: "상우",
  Eunji: "은지",
  Taemin: "태민",
  Seungah: "승아",
  Hyerin: "혜린",
  Joon: "준",
  Dabin: "다빈",
  Sejin: "세진",
  Haneul: "하늘",
};

/** Channel title suffixes in Korean, same order as CHANNEL_SUFFIXES (one draw, two spellings). */
export const CHANNEL_SUFFIXES_KO: Record<string, string[]> = {
  beauty: ["뷰티", "글로우", "메이크업 다이어리", "피부 일기", "뷰티랩"],
  food: ["먹방", "먹방TV", "키친", "맛집 탐방", "밥상"],
  gaming: ["게임", "플레이", "겜방", "게임룸", "라이브"],
  lifestyle: ["데일리", "브이로그", "일상", "하루", "다이어리"],
  fashion: ["스타일", "오오티디", "옷장", "룩북", "패션"],
  tech: ["테크", "IT 리뷰", "언박싱", "가젯", "테크토크"],
  travel: ["여행", "길 위에서", "트립", "방랑기", "여행기"],
  fitness: ["핏", "홈트", "필라테스", "헬스", "짐"],
  parenting: ["가족", "육아일기", "아기 일상", "키즈", "아빠 일상"],
  pets: ["와 몽이", "펫 라이프", "댕댕이 일상", "냥이 일기", "발바닥"],
  education: ["공부", "클래스", "영어", "아카데미", "배움"],
  finance: ["머니", "투자", "재테크", "경제", "부자 공부"],
  music: ["뮤직", "커버", "피아노", "노래", "스튜디오"],
  home: ["홈", "인테리어", "리빙", "하우스", "랜선 집들이"],
  auto: ["카", "드라이브", "모터스", "차 리뷰", "개러지"],
};

/** "Haneul" + "Lee" -> "이하늘"; a name not in the tables is kept as given. */
export function koreanName(given: string, surname: string): string {
  const g = GIVEN_KO[given];
  const s = SURNAME_KO[surname];
  return g && s ? `${s}${g}` : `${given} ${surname}`;
}

/** Category and region names as the Korean pages show them (messages/ko/vocab.json). */
export function categoryKo(slug: string): string {
  return (vocab.category as Record<string, string>)[slug] ?? slug;
}
export function regionKo(region: string): string {
  return (vocab.region as Record<string, string>)[region] ?? region;
}
