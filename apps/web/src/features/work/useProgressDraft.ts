import { useState } from 'react';
import { todayIso } from '../../api/clock.ts';
import { useUploadTaskEvidence, type Evidence } from './api.ts';

/**
 * What the lead's update and a partner's contribution have in common: the day it speaks
 * for, the narrative, the files uploaded for it, and the "saved" note after success.
 */
export function useProgressDraft(taskId: number) {
  const uploader = useUploadTaskEvidence(taskId);
  const [reportedOn, setReportedOn] = useState<string | null>(todayIso());
  const [note, setNoteText] = useState('');
  const [files, setFiles] = useState<Evidence[]>([]);
  const [saved, setSaved] = useState(false);
  return {
    reportedOn,
    setReportedOn,
    note,
    setNote: (text: string) => {
      setNoteText(text);
      setSaved(false);
    },
    files,
    evidenceIds: files.map((f) => f.id),
    addFile: (file: Evidence) => setFiles((list) => [...list, file]),
    uploadFile: (file: File) => uploader.mutateAsync(file),
    saved,
    /** After a successful save: empty the form, keep the date, say it worked. */
    markSaved: () => {
      setNoteText('');
      setFiles([]);
      setSaved(true);
    },
  };
}
