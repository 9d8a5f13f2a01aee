import dayjs from "dayjs";

/** "2026年12月4日 18:30" in the browser's time zone. */
export const formatTime = (iso: string): string => dayjs(iso).format("YYYY年M月D日 HH:mm");
