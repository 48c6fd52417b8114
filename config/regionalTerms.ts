// Words that differ between Taiwan and mainland usage, in one place: the script-purity test
// (tests/unit/scriptPurity.test.ts) flags each region's word in the other's text, and the search
// (src/search/crossScript.ts, in the search worker only) finds a locale's word from the other's.

export interface RegionalTerm {
  /** The Taiwan word, in Traditional characters. */
  taiwan: string;
  /** The mainland word, in Simplified characters. */
  mainland: string;
  /**
   * Why the mainland word (in Traditional characters) is not a fault in zh-TW text: Taiwan uses it
   * too, in some senses. The search still adds the Taiwan word when a reader types it.
   */
  alsoTaiwan?: string;
}

export const REGIONAL_TERMS: readonly RegionalTerm[] = [
  { taiwan: '執行緒', mainland: '线程' },
  { taiwan: '程式', mainland: '程序' },
  { taiwan: '物件', mainland: '对象' },
  { taiwan: '預設', mainland: '默认' },
  { taiwan: '介面', mainland: '接口' },
  { taiwan: '記憶體', mainland: '内存' },
  { taiwan: '網路', mainland: '网络' },
  { taiwan: '伺服器', mainland: '服务器' },
  { taiwan: '資料', mainland: '数据' },
  { taiwan: '佇列', mainland: '队列' },
  { taiwan: '非同步', mainland: '异步' },
  { taiwan: '行程', mainland: '进程' },
  { taiwan: '回呼', mainland: '回调' },
  { taiwan: '迴圈', mainland: '循环', alsoTaiwan: '循環 is Taiwan usage too (循環參照, 無限循環)' },
  { taiwan: '函式', mainland: '函数', alsoTaiwan: '函數 is Taiwan usage too (the samples write 呼叫函數)' },
];
